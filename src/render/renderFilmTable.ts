import { yearText } from "../films/filmLabel";
import type { FilmSummary } from "../films/filmSummary";
import type { Terminal } from "./terminal";
import { formatMoneyShort, formatRating } from "./formatValues";
import { renderTable, type TableColumns } from "./renderTable";

/** Title | Year | Director | Rating | Gross | ID, one film a row (genres are in the JSON). */
export const filmColumns: TableColumns<FilmSummary> = {
  headers: ["Title", "Year", "Director", "Rating", "Gross", "ID"],
  cells: (f) => [
    f.title, yearText(f.year), f.directors.join(", "), f.rating ? formatRating(f.rating) : "",
    f.gross ? formatMoneyShort(f.gross) : "", f.id,
  ],
  // An id is what people copy into the next command: it is never broken across lines.
  whole: [false, false, false, false, false, true],
};

/** Films as a table of filmColumns. */
export function renderFilmTable(films: FilmSummary[], term: Terminal): string {
  return renderTable({ headers: filmColumns.headers, rows: films.map(filmColumns.cells), whole: filmColumns.whole }, term);
}
