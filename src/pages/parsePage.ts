import type { Film } from "../films/film";
import { slugify } from "../films/foldText";
import {
  parseHumanDate, parseMoney, parseRating, parseRuntimes, splitList, splitReviewScore,
} from "./parseFields";
import { classifyDidYouKnow } from "./classifyDidYouKnow";

/** What the parser made of a page: the film, and every block it could not place. */
export interface ParsedPage {
  film: Film;
  unrecognized: string[];
}

// Boilerplate the scraper leaves on every page; it carries no fact about the film.
const NOISE = new Set(["No valid json found", "Comments are closed."]);
type Section = "main" | "specs" | "didYouKnow" | "review";
const HEADERS: Record<string, Section> = {
  "Technical Specs": "specs",
  "Did You Know?": "didYouKnow",
  "User Review": "review",
};
const CAST_LINE = /^(.+?) - (.+?)(?: \(as ([^)]+)\))?$/;

/** Splits page text into trimmed blocks separated by blank lines, with non-breaking spaces folded. */
function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split(/\n[ \t]*\n/)
    .map((b) => b.split("\n").map((l) => l.trim()).join("\n").trim())
    .filter((b) => b !== "");
}

/**
 * Parses a scraped film page. `sourceName` is the page's file name (`mask-1985.txt`): the page has
 * no title line, so the id comes from the name and the title from the review's quoted mention of it.
 */
export function parsePage(text: string, sourceName: string): ParsedPage {
  const id = sourceName.replace(/\.txt$/, "");
  const film: Film = {
    id, title: "", year: 0, directors: [], stars: [], cast: [], taglines: [], filmingLocations: [],
    grosses: [], genres: [], runtimes: [], trivia: [], goofs: [], quotes: [], reviews: [], sources: [`page:${sourceName}`],
  };
  const unrecognized: string[] = [];
  const prose: string[] = [];
  const reviewBlocks: string[] = [];
  let headerDate: string | null = null;
  let section: Section = "main";

  const label = (key: string, value: string): boolean => {
    switch (key) {
      case "Release Year": film.year = /^\d{4}$/.test(value) ? Number(value) : NaN; return !isNaN(film.year);
      case "Rating": { const r = parseRating(value); if (r) film.rating = r; return r !== null; }
      case "Director": case "Directors": film.directors = splitList(value); return true;
      case "Stars": film.stars = splitList(value); return true;
      case "Taglines": case "Tagline": film.taglines = splitList(value, /\s*\|\s*/); return true;
      case "Filming Locations": film.filmingLocations = splitList(value, /\s*[|;]\s*/); return true;
      case "Release Date": { const d = parseHumanDate(value); if (d) film.releaseDate = d; return d !== null; }
      case "Gross": { const g = parseMoney(value); if (g) film.grosses.push(g); return g !== null; }
      case "Runtime": { const r = parseRuntimes(value); if (r) film.runtimes = r; return r !== null; }
      default: return false;
    }
  };

  for (const block of blocks(text)) {
    if (NOISE.has(block)) continue;
    const header = HEADERS[block];
    if (header) { section = header; continue; }
    if (section === "review") { reviewBlocks.push(block); continue; }
    if (section === "didYouKnow") { classifyDidYouKnow(block, film); continue; }
    const labelled = /^([A-Z][A-Za-z ]+): (.*)$/s.exec(block);
    if (labelled && label(labelled[1]!, labelled[2]!.trim())) continue;
    const lines = block.split("\n");
    if (lines.every((l) => CAST_LINE.test(l))) {
      for (const line of lines) {
        const [, actor, character, creditedAs] = CAST_LINE.exec(line)!;
        film.cast.push(creditedAs ? { actor: actor!, character: character!, creditedAs } : { actor: actor!, character: character! });
      }
      continue;
    }
    const date = section === "main" && film.year === 0 ? parseHumanDate(block) : null;
    if (date) { headerDate = date; continue; }
    if (section === "main" && !labelled && lines.length === 1) { prose.push(block); continue; }
    unrecognized.push(block);
  }

  // The first free paragraph is the one-line logline and the second the plot; more is not understood.
  [film.logline, film.plot] = [prose[0], prose[1]];
  if (film.logline === undefined) delete film.logline;
  if (film.plot === undefined) delete film.plot;
  unrecognized.push(...prose.slice(2));
  if (!film.releaseDate && headerDate) film.releaseDate = headerDate;
  if (headerDate && headerDate !== film.releaseDate) unrecognized.push(`date ${headerDate} disagrees with Release Date`);
  if (reviewBlocks.length > 0) {
    const [title, ...paragraphs] = reviewBlocks;
    const { text: body, score } = splitReviewScore(paragraphs.join("\n\n"));
    film.reviews.push(score ? { title: title!, text: body, score } : { title: title!, text: body });
  }
  film.title = titleFromReview(reviewBlocks.join("\n"), id) ?? "";
  if (!film.title) unrecognized.push(`no title: the page never quotes a title matching "${id}"`);
  if (film.year && !id.endsWith(`-${film.year}`)) unrecognized.push(`id ${id} does not end in the year ${film.year}`);
  return { film, unrecognized };
}

/** Finds the quoted title in the review text whose slug matches the id (less its year). */
function titleFromReview(text: string, id: string): string | undefined {
  const wanted = id.replace(/-\d{4}$/, "");
  for (const m of text.matchAll(/"([^"]+)"/g)) {
    if (slugify(m[1]!) === wanted) return m[1];
  }
  return undefined;
}
