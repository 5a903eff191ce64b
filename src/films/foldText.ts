// How titles and names fold into keys: shared by the ids the build makes (slugify), the page parser
// that checks them, and every search. Here, below both pages/ and search/, so there is one of each.

const ASCII = /^[\x00-\x7f]*$/;

/** Folds case, accents and punctuation so "The Dark Knight", "dark knight" and "Dárk-Knight" meet. */
export function foldText(text: string): string {
  // ASCII has no marks and nothing NFKD changes, and its letters and digits are [a-z0-9] once lowercased:
  // the same result without the Unicode patterns, whose first use costs a run about a millisecond.
  if (ASCII.test(text)) return text.toLowerCase().replace(/&/g, " and ").replace(/['`]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // Apostrophes join a word ("director's") rather than split it.
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A lowercase ASCII, dash-separated form of a title, as used in ids ("king-kong"); "" when none is left. */
export function slugify(title: string): string {
  return foldText(title).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * The words of foldText(text), without building the folded text when it is plain ASCII: the index
 * build folds every word of every trivia item and quote, and the regular expressions are its
 * largest cost there. Anything else goes through foldText itself, so the two always agree.
 */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  let start = -1; // where the current word starts, -1 between words
  let plain = true; // whether the current word is already folded (lowercase letters and digits only)
  const end = (k: number): void => {
    if (start < 0) return;
    const word = plain ? text.slice(start, k) : text.slice(start, k).toLowerCase().replace(/['`]/g, "");
    // An apostrophe alone is no word.
    if (word !== "") words.push(word);
    start = -1;
    plain = true;
  };
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return foldText(text).split(" ").filter((w) => w !== "");
    const lower = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    // Apostrophes join a word ("director's") rather than split it.
    const joins = (c >= 0x41 && c <= 0x5a) || c === 0x27 || c === 0x60;
    if (lower || joins) {
      if (start < 0) start = k;
      if (joins) plain = false;
      continue;
    }
    end(k);
    if (c === 0x26) words.push("and");
  }
  end(text.length);
  return words;
}
