import type { Dataset, Film } from "../films/film";
import { importVega, type ImportedFilm, type VegaMovie } from "./vega/importVega";
import { emptyReport, type RepairReport } from "./vega/repairReport";
import { readPage } from "../pages/readPage";
import { CandidateList, candidateOf } from "../pages/candidateList";
import { mergeFilms } from "./mergeFilms";

/** A source page: its file name and text. */
export interface SourcePage {
  name: string;
  text: string;
}

// The order keys are written in, so the committed file reads like the schema and diffs stay small.
const KEY_ORDER: Array<keyof Film> = [
  "id", "title", "year", "releaseDate", "logline", "plot", "rating", "rottenTomatoes", "directors", "writers", "stars", "cast",
  "genres", "creativeType", "mpaaRating", "storySource", "taglines", "filmingLocations", "grosses", "budget",
  "dvdSales", "distributor", "runtimes", "trivia", "goofs", "quotes", "reviews", "didYouKnow", "sources",
];

function ordered(film: Film): Film {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (film[key] !== undefined) out[key] = film[key];
  return out as unknown as Film;
}

/**
 * Reads the source pages with the importer's reader: each film identified from its page (title,
 * facts, quoted title) against the catalogue's films and the pages before it, never from the file's
 * name. Throws when a page holds text the reader could not place, or nothing identifies its film.
 */
function parsePages(pages: readonly SourcePage[], catalogue: readonly ImportedFilm[]): Film[] {
  const problems: string[] = [];
  const known = new CandidateList(catalogue.map((f) => candidateOf({ ...f, id: `${f.title}|${f.year}` })));
  const films: Film[] = [];
  for (const page of pages) {
    const { parsed, identification, film } = readPage(page.text, page.name, known);
    for (const block of parsed.unplaced) problems.push(`${page.name}: not understood: ${block.slice(0, 80)}`);
    if (!identification.found) problems.push(`${page.name}: ${identification.reason}`);
    if (film) { films.push(film); known.add(candidateOf(film)); }
  }
  if (problems.length > 0) throw new Error(`cannot build the dataset:\n${problems.join("\n")}`);
  return films;
}

/**
 * Builds the dataset from source pages and vega-datasets' movies: pages parsed, movies repaired,
 * the two merged, sorted by id. Returns the repair report with it.
 */
export function buildDataset(pages: readonly SourcePage[], vegaRows: readonly VegaMovie[] = []): { dataset: Dataset; report: RepairReport } {
  const { films: imported, report } = vegaRows.length > 0 ? importVega(vegaRows) : { films: [], report: emptyReport(0) };
  const pageFilms = parsePages(pages, imported);
  const films = mergeFilms(pageFilms, imported, report).map(ordered);
  films.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dataset: { schemaVersion: 1, films }, report };
}

/** The dataset as committed: one film per line, so that diffs show which films changed. */
export function serializeDataset(dataset: Dataset): string {
  const films = dataset.films.map((film) => `    ${JSON.stringify(film)}`).join(",\n");
  return `{\n  "schemaVersion": ${dataset.schemaVersion},\n  "films": [\n${films}\n  ]\n}\n`;
}
