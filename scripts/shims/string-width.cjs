// Build-time stand-in for string-width (see scripts/build.mjs): printable ASCII is one column per
// character, so it skips string-width's emoji regex, which table drawing runs on every cell line and
// which cost a table-drawing run about 8 ms. Anything else goes to the real string-width.
"use strict";
const stringWidth = require("string-width");

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

module.exports = function fastStringWidth(text) {
  return typeof text === "string" && PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
};
