import type { Dataset, Film } from "../core/film";
import { parsePage } from "../parse/parsePage";

/** A source page: its file name and text. */
export interface SourcePage {
  name: string;
  text: string;
}

// The order keys are written in, so the committed file reads like the schema and diffs stay small.
const KEY_ORDER: Array<keyof Film> = [
  "id", "title", "year", "releaseDate", "logline", "plot", "rating", "directors", "stars", "cast",
  "taglines", "filmingLocations", "gross", "runtimes", "trivia", "goofs", "quotes", "reviews", "sources",
];

function ordered(film: Film): Film {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (film[key] !== undefined) out[key] = film[key];
  return out as unknown as Film;
}

/**
 * Builds the dataset from source pages, sorted by id. Throws when any page holds text the parser
 * could not place: a fact the dataset would silently lose.
 */
export function buildDataset(pages: readonly SourcePage[]): Dataset {
  const problems: string[] = [];
  const films = pages.map((page) => {
    const { film, unrecognized } = parsePage(page.text, page.name);
    for (const block of unrecognized) problems.push(`${page.name}: not understood: ${block.slice(0, 80)}`);
    return ordered(film);
  });
  if (problems.length > 0) throw new Error(`cannot build the dataset:\n${problems.join("\n")}`);
  films.sort((a, b) => a.id.localeCompare(b.id));
  return { schemaVersion: 1, films };
}

/** The dataset as committed: two-space JSON with a trailing newline. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
