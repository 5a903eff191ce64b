// Dataset strings are untrusted: a raw ESC, BEL, backspace, CR or bidi override could rewrite the
// user's terminal or hide text, and an invisible character (a byte order mark, a zero-width space, a
// line or paragraph separator, half of a surrogate pair) would be quoted where nobody can see it.
// Each is shown as a visible escape instead; tabs become spaces.
const UNSAFE = new RegExp([
  // C0 controls but tab and newline, DEL, C1 controls, soft hyphen.
  "[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u00ad]",
  // Bidi marks, overrides and isolates; Mongolian vowel separator; zero-width space, marks and separators.
  "[\\u061c\\u180e\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069]",
  // Byte order mark (zero-width no-break space) and interlinear annotation controls.
  "[\\ufeff\\ufff9-\\ufffb]",
  // A surrogate without its other half: not a character at all.
  "[\\ud800-\\udbff](?![\\udc00-\\udfff])", "(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
].join("|"), "g");

// Nothing to escape: printable ASCII and newlines (what most strings are).
const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/** Makes an untrusted string safe to print: control, bidi and invisible characters become `\xNN`/`\u{NNNN}`. */
export function sanitize(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return text.replace(/\t/g, " ").replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
