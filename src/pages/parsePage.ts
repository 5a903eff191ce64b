import type { Film, Review } from "../films/film";
import {
  parseHumanDate, parseMoney, parseRating, parseRuntimes, splitList, splitReviewScore,
} from "./parseFields";
import { classifyDidYouKnow, didYouKnowKind, type DidYouKnowKind } from "./classifyDidYouKnow";

/** Where a page names its film: a title line ("Mask (1985)") or a labelled field ("Title: Mask"). */
export interface PageTitle {
  text: string;
  from: "title line" | "title field";
}

/**
 * What the parser made of a page. The film has no id, and its title only when the page states one:
 * which film the page is about is decided by identifyPage, never by the file's name.
 */
export interface ParsedPage {
  film: Film;
  /** The title the page states, if it states one. */
  title: PageTitle | null;
  /** Quoted mentions in the reviews short enough to be the film's title ("Mask"), in page order, each once. */
  quotedTitles: string[];
  /** Every block, or part of one, the parser could not place: reported, never dropped in silence. */
  unplaced: string[];
}

// Boilerplate the scraper leaves on pages; it carries no fact about the film.
const NOISE = new Set(["No valid json found", "Comments are closed."]);
type Section = "main" | "specs" | "didYouKnow" | "review";
const HEADERS: Record<string, Section> = {
  "technical specs": "specs",
  "did you know?": "didYouKnow",
  "did you know": "didYouKnow",
  "user review": "review",
  "user reviews": "review",
  reviews: "review",
};
// Headings that only group fields (the page's layout); they carry no fact.
const LAYOUT = new Set(["cast", "details", "box office", "storyline", "full cast", "cast & crew", "plot"]);
const CAST_LINE = /^(.+?) (?:-|\u2013|\.\.\.) (.+?)(?: \(as ([^)]+)\))?$/;
const TITLE_LINE = /^(.{1,200}) \((\d{4})\)$/;
const LABELLED = /^([A-Z][A-Za-z()/' -]{0,40}?) ?: (.*)$/s;

/** Splits page text into trimmed blocks separated by blank lines, with non-breaking spaces folded. */
function blocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split(/\n[ \t]*\n/)
    .map((b) => b.split("\n").map((l) => l.trim()).join("\n").trim())
    .filter((b) => b !== "");
}

/** A page's film before it is identified: empty lists, no id, no title, no year. */
function emptyFilm(sourceName: string): Film {
  return {
    id: "", title: "", year: 0, directors: [], stars: [], cast: [], taglines: [], filmingLocations: [],
    grosses: [], genres: [], runtimes: [], trivia: [], goofs: [], quotes: [], reviews: [], sources: [`page:${sourceName}`],
  };
}

const addAll = (list: string[], items: string[]): void => {
  for (const item of items) if (!list.includes(item)) list.push(item);
};

/** A quoted mention that reads like a title: short, capitalised, not a sentence of dialogue. */
const titleLike = (text: string): boolean =>
  text.length <= 80 && /^[\p{Lu}\p{N}]/u.test(text) && !/[.!?,;:]$/.test(text) && text.split(/\s+/).length <= 10;

/**
 * Parses a scraped film page. Fields may be missing, repeated or in any order; a block the parser
 * cannot place is listed in `unplaced`. `sourceName` only names the page in the film's sources.
 */
export function parsePage(text: string, sourceName: string): ParsedPage {
  const film = emptyFilm(sourceName);
  const unplaced: string[] = [];
  const prose: string[] = [];
  const reviewBlocks: string[][] = [];
  let title: PageTitle | null = null;
  let titleYear: number | undefined;
  let fieldYear: number | undefined;
  let headerDate: string | null = null;
  let section: Section = "main";
  let kind: DidYouKnowKind = "trivia";
  let seenField = false;

  /** Sets a single-valued field; a second, different value is reported rather than overwriting the first. */
  const once = <K extends "releaseDate" | "rating" | "budget" | "mpaaRating" | "distributor">(key: K, value: Film[K], line: string): void => {
    if (film[key] === undefined) film[key] = value;
    else if (JSON.stringify(film[key]) !== JSON.stringify(value)) unplaced.push(`${line} (the page already gave another value)`);
  };

  const label = (rawKey: string, value: string, line: string): boolean => {
    const key = rawKey.trim().toLowerCase();
    switch (key) {
      case "title": {
        if (value === "") return false;
        if (title === null) title = { text: value, from: "title field" };
        else if (title.text !== value) unplaced.push(`${line} (the page already gave another title)`);
        return true;
      }
      case "release year": case "year": {
        if (!/^\d{4}$/.test(value)) return false;
        if (fieldYear === undefined) fieldYear = Number(value);
        else if (fieldYear !== Number(value)) unplaced.push(`${line} (the page already gave another year)`);
        return true;
      }
      case "rating": case "imdb rating": { const r = parseRating(value); if (r) once("rating", r, line); return r !== null; }
      case "director": case "directors": case "directed by": addAll(film.directors, splitList(value)); return true;
      case "writer": case "writers": case "writer(s)": case "written by": addAll(film.writers ??= [], splitList(value)); return true;
      case "stars": case "star": case "starring": addAll(film.stars, splitList(value)); return true;
      case "taglines": case "tagline": addAll(film.taglines, splitList(value, /\s*\|\s*/)); return true;
      case "filming locations": case "filming location": addAll(film.filmingLocations, splitList(value, /\s*[|;]\s*/)); return true;
      case "genre": case "genres": addAll(film.genres, splitList(value)); return true;
      case "release date": {
        const m = /^(.*?)\s*\(([^)]+)\)$/.exec(value);
        const d = parseHumanDate(m ? m[1]! : value);
        if (!d) return false;
        once("releaseDate", d, line);
        if (m) unplaced.push(`Release Date region: ${m[2]} (the date is kept, the region has no field)`);
        return true;
      }
      case "gross": case "gross usa": case "gross worldwide": case "cumulative worldwide gross": case "gross us & canada": {
        const region = key === "gross" ? undefined : key === "gross usa" ? "USA" : key === "gross us & canada" ? "US & Canada" : "Worldwide";
        const amounts = splitList(value, /\s*[|;]\s*/).map(parseMoney);
        if (amounts.length === 0 || amounts.some((g) => g === null)) return false;
        for (const g of amounts) {
          const money = region !== undefined && g!.region === undefined ? { ...g!, region } : g!;
          if (!film.grosses.some((x) => JSON.stringify(x) === JSON.stringify(money))) film.grosses.push(money);
        }
        return true;
      }
      case "budget": {
        const m = /^(.*?)\s*\(estimated\)$/.exec(value);
        const b = parseMoney(m ? m[1]! : value);
        if (!b) return false;
        once("budget", b, line);
        if (m) unplaced.push("Budget note: estimated (the amount is kept, the note has no field)");
        return true;
      }
      case "runtime": case "run time": case "running time": {
        const r = parseRuntimes(value);
        if (!r) return false;
        for (const x of r) if (!film.runtimes.some((y) => JSON.stringify(x) === JSON.stringify(y))) film.runtimes.push(x);
        return true;
      }
      case "mpaa": case "mpaa rating": if (value === "") return false; once("mpaaRating", value, line); return true;
      case "distributor": if (value === "") return false; once("distributor", value, line); return true;
      default: return false;
    }
  };

  /** Places a main-section or specs block; false when it is not fields, cast or a heading. */
  const placeFields = (block: string): boolean => {
    const lines = block.split("\n");
    const fields = lines.map((l) => LABELLED.exec(l));
    if (fields.every((f) => f !== null)) {
      // A block of "Label: value" lines: each line is placed or reported on its own.
      for (const [k, f] of fields.entries()) {
        if (!label(f![1]!, f![2]!.trim(), lines[k]!)) unplaced.push(lines[k]!);
      }
      seenField = true;
      return true;
    }
    const whole = LABELLED.exec(block);
    if (whole && label(whole[1]!, whole[2]!.trim(), block)) { seenField = true; return true; }
    if (lines.every((l) => CAST_LINE.test(l))) {
      for (const line of lines) {
        const [, actor, character, creditedAs] = CAST_LINE.exec(line)!;
        film.cast.push(creditedAs ? { actor: actor!, character: character!, creditedAs } : { actor: actor!, character: character! });
      }
      return true;
    }
    return false;
  };

  for (const block of blocks(text)) {
    if (NOISE.has(block)) continue;
    const heading = block.toLowerCase();
    const header = HEADERS[heading];
    if (header) { section = header; kind = "trivia"; if (header === "review") reviewBlocks.push([]); continue; }
    const dykKind = didYouKnowKind(block);
    if (dykKind && !block.includes("\n")) { section = "didYouKnow"; kind = dykKind; continue; }
    if (LAYOUT.has(heading)) continue;
    if (section === "review") {
      const current = reviewBlocks[reviewBlocks.length - 1]!;
      // A review ends at its score ("4.5 out of 5 stars."): what follows is the next review.
      const last = current[current.length - 1];
      if (last !== undefined && current.length > 1 && splitReviewScore(last).score) reviewBlocks.push([block]);
      else current.push(block);
      continue;
    }
    if (section === "didYouKnow") {
      if (!classifyDidYouKnow(block, film, kind)) unplaced.push(block);
      continue;
    }
    if (placeFields(block)) continue;
    const lines = block.split("\n");
    // The top of a page may name the film ("Mask (1985)") and give its date, before any field or prose.
    if (section === "main" && !seenField && prose.length === 0 && lines.length === 1) {
      const m: RegExpExecArray | null = title === null ? TITLE_LINE.exec(block) : null;
      // A title, not a sentence ending in a year: a dozen words at most, no full stop before the year.
      if (m && m[1]!.split(" ").length <= 12 && !/[.!?]$/.test(m[1]!)) { title = { text: m[1]!.trim(), from: "title line" }; titleYear = Number(m[2]); continue; }
      const date: string | null = headerDate === null ? parseHumanDate(block) : null;
      if (date) { headerDate = date; continue; }
    }
    if (section === "main" && !LABELLED.test(block)) { prose.push(lines.join(" ")); continue; }
    unplaced.push(block);
  }

  // The first free paragraph is the one-line logline, the rest the plot (its paragraphs kept apart).
  if (prose[0] !== undefined) film.logline = prose[0];
  if (prose.length > 1) film.plot = prose.slice(1).join("\n\n");
  if (!film.releaseDate && headerDate) film.releaseDate = headerDate;
  if (headerDate && headerDate !== film.releaseDate) unplaced.push(`date ${headerDate} at the top disagrees with the Release Date ${film.releaseDate}`);
  const dateYear = film.releaseDate ? Number(film.releaseDate.slice(0, 4)) : undefined;
  film.year = fieldYear ?? titleYear ?? dateYear ?? 0;
  if (titleYear !== undefined && titleYear !== film.year) unplaced.push(`the title line's year ${titleYear} disagrees with the Release Year ${film.year}`);
  const quoted: string[] = [];
  for (const review of reviewBlocks) {
    const parsed = readReview(review);
    if (parsed) film.reviews.push(parsed);
    else if (review.length > 0) unplaced.push(...review);
    for (const m of review.join("\n").matchAll(/["\u201c]([^"\u201c\u201d\n]+)["\u201d]/g)) {
      const mention = m[1]!.trim();
      if (titleLike(mention) && !quoted.includes(mention)) quoted.push(mention);
    }
  }
  if (film.writers?.length === 0) delete film.writers;
  return { film, title, quotedTitles: quoted, unplaced };
}

/** A review from its blocks: a title, then paragraphs ending in the reviewer's score; null when there is no text. */
function readReview(blocks: readonly string[]): Review | null {
  const [title, ...paragraphs] = blocks;
  if (title === undefined || paragraphs.length === 0) return null;
  const { text, score } = splitReviewScore(paragraphs.join("\n\n"));
  if (text.trim() === "") return null;
  return score ? { title, text, score } : { title, text };
}
