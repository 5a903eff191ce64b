// localeCompare's first call loads ICU's collation data: about as much work as starting Node, for a
// sort of a few credits. Strings of printable ASCII are ordered here as ICU's English (root) collation
// orders them; anything else goes to localeCompare in English. Always English, whatever the user's
// locale: the same data prints in the same order on every machine, which scripts rely on.

/** Printable ASCII in the root collation's order: space, punctuation, symbols, digits, then letters (lower case before upper). */
const ROOT_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";

/** Each printable ASCII character's primary weight (a letter's two cases share one); 0 for other characters. */
const PRIMARY = ((): Uint8Array => {
  const weights = new Uint8Array(128);
  let next = 1;
  for (const ch of ROOT_ORDER) {
    const lower = ch.toLowerCase();
    weights[ch.charCodeAt(0)] = lower !== ch ? weights[lower.charCodeAt(0)]! : next++;
  }
  return weights;
})();

/** localeCompare in English, as a sign. */
const english = (a: string, b: string): number => Math.sign(a.localeCompare(b, "en"));

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/** Letters of scripts the root collation orders after every Latin letter, digit and ASCII sign: Greek, Cyrillic, kana, CJK, Hangul. */
function laterScript(code: number): boolean {
  return (code >= 0x391 && code <= 0x3c9) || (code >= 0x410 && code <= 0x44f) || (code >= 0x3041 && code <= 0x3096)
    || (code >= 0x30a1 && code <= 0x30fa) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3);
}

/** Whether the character after place k is plain ASCII (or there is none): nothing combines with the one at k. */
const endsAt = (text: string, k: number): boolean => k + 1 >= text.length || text.charCodeAt(k + 1) < 128;

/**
 * `a.localeCompare(b, "en")`'s sign (-1, 0, 1), without loading ICU when printable ASCII decides it: both
 * strings of it, or a first difference between an ASCII character after the same ASCII start and a
 * letter of a later script ("Heat" before "かげ").
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    const px = x < 128 ? PRIMARY[x]! : 0;
    const py = y < 128 ? PRIMARY[y]! : 0;
    if (px !== 0 && py !== 0) {
      if (px === py) continue;
      if (endsAt(a, k) && endsAt(b, k)) return px < py ? -1 : 1;
    } else if (px !== 0 && laterScript(y) && endsAt(a, k)) {
      return -1;
    } else if (py !== 0 && laterScript(x) && endsAt(b, k)) {
      return 1;
    }
    return english(a, b);
  }
  if (!rootCollated(a) || !rootCollated(b)) return english(a, b);
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  // Same letters, cases differ: the first difference decides, lower case first.
  for (let k = 0; k < n; k++) {
    const x = isUpper(a.charCodeAt(k));
    if (x !== isUpper(b.charCodeAt(k))) return x ? 1 : -1;
  }
  return 0;
}

function rootCollated(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128 || PRIMARY[code] === 0) return false;
  }
  return true;
}
