// Dataset strings are untrusted: a raw ESC, BEL, backspace, CR or bidi override could rewrite the
// user's terminal or hide text. Each is shown as a visible escape instead; tabs become spaces.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Makes an untrusted string safe to print: control and bidi characters become `\xNN`/`\u{NNNN}`. */
export function sanitize(text: string): string {
  return text.replace(/\t/g, " ").replace(UNSAFE, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
  });
}
