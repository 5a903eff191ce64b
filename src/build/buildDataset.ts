import type { Dataset, Film } from "../films/film";
import { importVega, type VegaMovie } from "./vega/importVega";
import { emptyReport, type RepairReport } from "./vega/repairReport";
import { parsePage } from "../pages/parsePage";
import { mergeFilms } from "./mergeFilms";

/** A source page: its file name and text. */
export interface SourcePage {
  name: string;
  text: string;
}

// The order keys are written in, so the committed file reads like the schema and diffs stay small.
const KEY_ORDER: Array<keyof Film> = [
  "id", "title", "year", "releaseDate", "logline", "plot", "rating", "rottenTomatoes", "directors", "stars", "cast",
  "genres", "creativeType", "mpaaRating", "storySource", "taglines", "filmingLocations", "grosses", "budget",
  "dvdSales", "distributor", "runtimes", "trivia", "goofs", "quotes", "reviews", "sources",
];

function ordered(film: Film): Film {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (film[key] !== undefined) out[key] = film[key];
  return out as unknown as Film;
}

/** Parses the source pages; throws when any page holds text the parser could not place. */
function parsePages(pages: readonly SourcePage[]): Film[] {
  const problems: string[] = [];
  const films = pages.map((page) => {
    const { film, unrecognized } = parsePage(page.text, page.name);
    for (const block of unrecognized) problems.push(`${page.name}: not understood: ${block.slice(0, 80)}`);
    return film;
  });
  if (problems.length > 0) throw new Error(`cannot build the dataset:\n${problems.join("\n")}`);
  return films;
}

/**
 * Builds the dataset from source pages and vega-datasets' movies: pages parsed, movies repaired,
 * the two merged, sorted by id. Returns the repair report with it.
 */
export function buildDataset(pages: readonly SourcePage[], vegaRows: readonly VegaMovie[] = []): { dataset: Dataset; report: RepairReport } {
  const pageFilms = parsePages(pages);
  const { films: imported, report } = vegaRows.length > 0 ? importVega(vegaRows) : { films: [], report: emptyReport(0) };
  const films = mergeFilms(pageFilms, imported, report).map(ordered);
  films.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dataset: { schemaVersion: 1, films }, report };
}

/** The dataset as committed: one film per line, so that diffs show which films changed. */
export function serializeDataset(dataset: Dataset): string {
  const films = dataset.films.map((film) => `    ${JSON.stringify(film)}`).join(",\n");
  return `{\n  "schemaVersion": ${dataset.schemaVersion},\n  "films": [\n${films}\n  ]\n}\n`;
}
