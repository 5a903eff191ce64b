import type { CastRow, GoofRow, QuoteRow, ReviewRow, TriviaRow } from "../films/filmRows";
import type { FilmRef } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import type { Terminal } from "./terminal";
import { formatRating } from "./formatValues";
import { highlightWords } from "./highlightWords";
import { renderTable, type Cell, type TableColumns } from "./renderTable";

/** Adds a leading Film column when the rows span more than the one film the user named. */
function withFilm<T extends { film: FilmRef }>(showFilm: boolean, headers: string[], cells: (row: T) => Cell[]): TableColumns<T> {
  return showFilm ? { headers: ["Film", ...headers], cells: (row) => [filmLabel(row.film), ...cells(row)] } : { headers, cells };
}

/** Actor | Character | Credited as. */
export const castColumns = (showFilm: boolean): TableColumns<CastRow> =>
  withFilm(showFilm, ["Actor", "Character", "Credited as"], (r) => [r.actor, r.character, r.creditedAs ?? ""]);

/** Speaker | Line, with any stage direction in brackets before the line. */
export const quoteColumns = (showFilm: boolean): TableColumns<QuoteRow> =>
  withFilm(showFilm, ["Speaker", "Line"], (r) => [r.speaker, r.direction ? `[${r.direction}] ${r.text}` : r.text]);

/** Category | Goof. */
export const goofColumns = (showFilm: boolean): TableColumns<GoofRow> => withFilm(showFilm, ["Category", "Goof"], (r) => [r.category, r.text]);

/** Score | Title | Review. */
export const reviewColumns = (showFilm: boolean): TableColumns<ReviewRow> =>
  withFilm(showFilm, ["Score", "Title", "Review"], (r) => [r.score ? formatRating(r.score) : "", r.title, r.text]);

/** Film | Trivia, with the words that matched the query highlighted. */
export const triviaColumns = (term: Terminal): TableColumns<TriviaRow> => ({
  headers: ["Film", "Trivia"],
  cells: (r) => {
    const matched = new Set(r.matched ?? []);
    return [filmLabel(r.film), { text: r.text, paint: (line: string) => highlightWords(line, matched, term.style) }];
  },
});

/** Draws rows as a table of the given columns. */
export function renderRows<R>(rows: readonly R[], columns: TableColumns<R>, term: Terminal): string {
  return renderTable({ headers: columns.headers, rows: rows.map(columns.cells), whole: columns.whole }, term);
}
