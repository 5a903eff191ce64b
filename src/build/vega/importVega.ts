import type { Film, Money } from "../../films/film";
import { parseVegaDate } from "./parseVegaDate";
import { repairTitle } from "./repairTitle";
import { emptyReport, type RepairReport } from "./repairReport";

/** One row of vega-datasets' movies.json, as published (values may be null or mistyped). */
export type VegaMovie = Record<string, unknown>;

export const VEGA_SOURCE = "vega-datasets:movies.json";

/** A film imported from vega-datasets, before ids are assigned. */
export type ImportedFilm = Omit<Film, "id">;

const positive = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : null);
const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
const usd = (amount: number, region?: string): Money => (region ? { amount, currency: "USD", region } : { amount, currency: "USD" });

/** Converts one row, or explains why it cannot be kept. */
function importRow(row: VegaMovie, report: RepairReport): ImportedFilm | string {
  const date = parseVegaDate(row["Release Date"]);
  if (!date) return `no usable release date (${JSON.stringify(row["Release Date"])}), so no year to identify the film by`;
  const repaired = repairTitle(row.Title, date.year);
  if (!repaired) return "no title";
  for (const repair of repaired.repairs) report.counts[repair]++;
  if (date.centuryFixed) report.counts["date-century"]++;

  const grosses: Money[] = [];
  for (const [key, region] of [["US Gross", "USA"], ["Worldwide Gross", "Worldwide"]] as const) {
    const amount = positive(row[key]);
    if (amount !== null) grosses.push(usd(amount, region));
    else if (row[key] === 0) report.counts["gross-zero"]++;
  }
  const film: ImportedFilm = {
    title: repaired.title, year: date.year, releaseDate: date.iso,
    directors: text(row.Director) ? [text(row.Director)!] : [], stars: [], cast: [], taglines: [], filmingLocations: [],
    grosses, genres: text(row["Major Genre"]) ? [text(row["Major Genre"])!] : [],
    runtimes: positive(row["Running Time min"]) ? [{ minutes: positive(row["Running Time min"])! }] : [],
    trivia: [], goofs: [], quotes: [], reviews: [], sources: [VEGA_SOURCE],
  };
  const imdb = positive(row["IMDB Rating"]);
  if (imdb !== null) {
    const votes = positive(row["IMDB Votes"]);
    film.rating = votes === null ? { value: imdb, scale: 10 } : { value: imdb, scale: 10, votes };
  }
  const budget = positive(row["Production Budget"]);
  if (budget !== null) film.budget = usd(budget);
  const dvd = positive(row["US DVD Sales"]);
  if (dvd !== null) film.dvdSales = usd(dvd, "USA");
  const rt = row["Rotten Tomatoes Rating"];
  if (typeof rt === "number" && Number.isInteger(rt) && rt >= 0 && rt <= 100) film.rottenTomatoes = rt;
  for (const [key, field] of [["MPAA Rating", "mpaaRating"], ["Distributor", "distributor"], ["Source", "storySource"], ["Creative Type", "creativeType"]] as const) {
    const value = text(row[key]);
    if (value !== undefined) film[field] = value;
  }
  return film;
}

/**
 * The source joined IMDb ratings by title, so films sharing a title (a remake and its original)
 * share one rating and vote count that belongs to at most one of them. Which one is unknowable,
 * so the rating is dropped from all of them.
 */
function dropSharedRatings(films: ImportedFilm[], report: RepairReport): void {
  const groups = new Map<string, ImportedFilm[]>();
  for (const film of films) {
    if (!film.rating) continue;
    const key = JSON.stringify([film.title, film.rating.value, film.rating.votes ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), film]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const film of group) { delete film.rating; report.counts["rating-shared"]++; }
  }
}

/** Imports vega-datasets' movies, repairing what can be derived and rejecting the rest with reasons. */
export function importVega(rows: readonly VegaMovie[]): { films: ImportedFilm[]; report: RepairReport } {
  const report = emptyReport(rows.length);
  const films: ImportedFilm[] = [];
  rows.forEach((row, i) => {
    const result = importRow(row, report);
    if (typeof result === "string") report.rejected.push({ source: VEGA_SOURCE, row: i, reason: result, record: row });
    else films.push(result);
  });
  dropSharedRatings(films, report);
  report.kept = films.length;
  return { films, report };
}
