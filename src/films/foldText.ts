// How titles and names fold into keys: shared by the ids the build makes (slugify), the page parser
// that checks them, and every search. Here, below both pages/ and search/, so there is one of each.

/** Folds case, accents and punctuation so "The Dark Knight", "dark knight" and "Dárk-Knight" meet. */
export function foldText(text: string): string {
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
