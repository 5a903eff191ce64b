import type { FilmSummary } from "../core/filmSummary";
import type { Terminal } from "../output/terminal";
import { formatRating } from "./formatValues";
import { renderTable } from "./renderTable";

/** Title | Year | Director | Rating | ID, one film a row. */
export function renderFilmTable(films: FilmSummary[], term: Terminal): string {
  return renderTable({
    headers: ["Title", "Year", "Director", "Rating", "ID"],
    rows: films.map((f) => [
      f.title, String(f.year), f.directors.join(", "), f.rating ? formatRating(f.rating) : "", f.id,
    ]),
  }, term);
}
