// Build-time stand-in for string-width (see scripts/build.mjs): printable ASCII is one column per
// character, so it skips string-width's emoji regex, which table drawing runs on every cell line and
// which cost a table-drawing run about 8 ms. Anything else goes to the real string-width.
"use strict";
const stringWidth = require("string-width");

// Printable ASCII, the Latin letters, accents and punctuation up to U+02FF (no combining marks, no
// control characters; © and ®, which the emoji regex may count as emoji, left out), general
// punctuation (dashes, quotes, ellipsis) and box drawing and block elements (table borders, rating
// bars): one column each, as string-width itself measures them (a test checks every one).
const PRINTABLE_ASCII = /^[\x20-\x7e\xa0-\xa8\xaa-\xad\xaf-\u02ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2500-\u259f]*$/;

module.exports = function fastStringWidth(text) {
  return typeof text === "string" && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
};
