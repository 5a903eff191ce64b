const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;

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

/** The key titles are matched on: folded text without a leading article. */
export function normalizeTitle(title: string): string {
  return foldText(title).replace(LEADING_ARTICLE, "");
}

/** A lowercase ASCII, dash-separated form of a title, as used in ids ("king-kong"); "" when none is left. */
export function slugify(title: string): string {
  return foldText(title).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}
