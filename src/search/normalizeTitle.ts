import { foldTitle } from "../films/foldText";

// Folding lives in films/ (ids are made with it); search/ offers it here with the title key built on it.
export { foldText, foldTitle, slugify } from "../films/foldText";

const LEADING_ARTICLE = /^(?:the|a|an) (?=\S)/;

/** Folded text without its leading article: "the mask" gives "mask" ("the" alone stays). */
export function withoutArticle(folded: string): string {
  return folded.replace(LEADING_ARTICLE, "");
}

/** The key titles are matched on: the folded title without a leading article. */
export function normalizeTitle(title: string): string {
  return withoutArticle(foldTitle(title));
}
