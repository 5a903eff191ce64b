import { foldText, foldTitle, titleNumbers } from "../../films/foldText";

/**
 * foldText, with a loop for printable ASCII (most IMDb titles and names), measured several times
 * faster than its Unicode regular expressions; any other text goes to foldText itself. Both give the
 * same result: tests/catalog/library/fastFold.test.ts checks it.
 */
export function fastFold(text: string): string {
  let out = "";
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Beyond printable ASCII, and "$" or "@" (letters inside a word), foldText decides.
    if (c > 0x7e || c < 0x20 || c === 0x24 || c === 0x40) return foldText(text);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (space && out !== "") out += " ";
      space = false;
      out += text[i];
    } else if (c >= 0x41 && c <= 0x5a) {
      if (space && out !== "") out += " ";
      space = false;
      out += String.fromCharCode(c + 32);
    } else if (c === 0x27 || c === 0x60) {
      // Apostrophes and backticks join a word.
    } else if (c === 0x26) {
      // "&" is " and ".
      if (out !== "") out += " ";
      out += "and";
      space = true;
    } else {
      space = true;
    }
  }
  return out;
}

/** foldTitle, through fastFold's loop when the title has no "." or "," (initials, digit groups) to join. */
export function fastFoldTitle(title: string): string {
  return title.includes(".") || title.includes(",") ? foldTitle(title) : titleNumbers(fastFold(title));
}
