// Build-time stand-in for string-width (see scripts/build.mjs): the text of most cells is in scripts
// whose characters all have one width, so it skips string-width's emoji regex, which table drawing
// runs on every cell line: compiling it cost a table-drawing run about 3 ms, and running it about 8 ms.
// Anything else goes to the real string-width.
"use strict";
// Required on first use: in the program it is a part of its own (dist/string-width.cjs), read only by a run that needs it.
let real;
const stringWidth = (text) => (real ??= require("string-width"))(text);

// One column each, as string-width itself measures them (a test checks every one): printable ASCII,
// the Latin letters, accents and punctuation up to U+02FF (no combining marks, no control characters;
// © and ®, which the emoji regex may count as emoji, left out), Greek and Cyrillic letters, Hebrew
// and Arabic letters (no points), general punctuation (dashes, quotes, ellipsis) and box drawing and
// block elements (table borders, rating bars).
const NARROW = "\\x20-\\x7e\\xa0-\\xa8\\xaa-\\xad\\xaf-\\u02ff\\u0370-\\u0377\\u037a-\\u037f\\u0384-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03ff"
  + "\\u0400-\\u0482\\u048a-\\u052f\\u05d0-\\u05ea\\u0621-\\u064a\\u2010-\\u2027\\u2030-\\u203b\\u203d-\\u2048\\u204a-\\u205e\\u2500-\\u259f";
// Two columns each: hiragana, katakana, CJK ideographs and Hangul syllables (titles and names in
// Japanese, Chinese and Korean).
const WIDE = "\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff\\uac00-\\ud7a3";
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const KNOWN = new RegExp(`^[${NARROW}${WIDE}]*$`);
const WIDE_CHARS = new RegExp(`[${WIDE}]`, "g");

module.exports = function fastStringWidth(text) {
  if (typeof text !== "string") return stringWidth(text);
  if (PRINTABLE_ASCII.test(text)) return text.length;
  if (!KNOWN.test(text)) return stringWidth(text);
  const wide = text.match(WIDE_CHARS);
  return text.length + (wide === null ? 0 : wide.length);
};
