import type { Film } from "../films/film";
import { normalizeTitle, slugify } from "../search/normalizeTitle";
import type { ImportedFilm } from "./vega/importVega";
import type { RepairReport } from "./vega/repairReport";
import { overlayFilm } from "../pages/overlayFilm";

const keyOf = (film: { title: string; year: number }): string => `${normalizeTitle(film.title)}|${film.year}`;
/**
 * Merges imported films into the page films: one record per film (same title and year), the page's
 * facts first. The others get ids `<title-slug>-<year>`; films that would share one (same title and
 * year) are told apart by release date, then budget, and numbered `-2`, `-3` in that order.
 */
export function mergeFilms(pages: Film[], imported: ImportedFilm[], report: RepairReport): Film[] {
  const pageByKey = new Map(pages.map((f, k) => [keyOf(f), k]));
  const merged = [...pages];
  const rest: ImportedFilm[] = [];
  for (const film of imported) {
    const page = pageByKey.get(keyOf(film));
    if (page !== undefined) { merged[page] = overlayFilm(merged[page]!, film); report.counts.merged++; }
    else rest.push(film);
  }
  const taken = new Set(pages.map((f) => f.id));
  const base = (f: ImportedFilm): string => `${slugify(f.title) || "film"}-${f.year}`;
  const ordered = rest
    .map((film) => ({ film, base: base(film) }))
    .sort((a, b) => a.base.localeCompare(b.base) || (a.film.releaseDate ?? "").localeCompare(b.film.releaseDate ?? "")
      || (a.film.budget?.amount ?? 0) - (b.film.budget?.amount ?? 0) || a.film.title.localeCompare(b.film.title));
  const films = merged;
  for (const { film, base: id } of ordered) {
    let candidate = id;
    for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
    if (candidate !== id) report.counts["id-collision"]++;
    taken.add(candidate);
    films.push({ id: candidate, ...film });
  }
  return films;
}
