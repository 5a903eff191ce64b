import { fixMojibake } from "./fixMojibake";
import type { RepairClass } from "./repairReport";

/** A title after repair, with the defect classes found in it. */
export interface RepairedTitle {
  title: string;
  repairs: RepairClass[];
}

const ARTICLE_AT_END = /^(.+), (The|A|An)$/;
const YEAR_IN_TITLE = /^(.+?)\s*\((\d{4})\)$/;

/**
 * Repairs a raw title: a number becomes text, mis-decoded accents are re-decoded, a trailing article
 * moves to the front, and a parenthesised year equal to the release year is removed. Returns null
 * when there is no title to repair (null, empty): a title is never invented.
 */
export function repairTitle(raw: unknown, releaseYear: number | null): RepairedTitle | null {
  const repairs: RepairClass[] = [];
  let title: string;
  if (typeof raw === "number" && Number.isFinite(raw)) {
    title = String(raw);
    repairs.push("title-number");
  } else if (typeof raw === "string" && raw.trim() !== "") {
    title = raw.trim();
  } else {
    return null;
  }
  const decoded = fixMojibake(title);
  if (decoded !== null) {
    title = decoded;
    repairs.push("title-mojibake");
  }
  const article = ARTICLE_AT_END.exec(title);
  if (article) {
    title = `${article[2]} ${article[1]}`;
    repairs.push("title-article");
  }
  const year = YEAR_IN_TITLE.exec(title);
  // Only a year that agrees with the release date is known to be an annotation and not the title.
  if (year && Number(year[2]) === releaseYear) {
    title = year[1]!;
    repairs.push("title-year");
  }
  return { title, repairs };
}
