import type { CastRow, GoofRow, QuoteRow, ReviewRow, TriviaRow } from "../films/filmRows";
import type { FilmRef } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import type { Terminal } from "./terminal";
import { formatRating } from "./formatValues";
import { highlightWords } from "./highlightWords";
import { renderTable, type Cell } from "./renderTable";

const filmCell = filmLabel;

/** Adds a leading Film column when the rows span more than the one film the user named. */
function withFilm<T extends { film: FilmRef }>(
  rows: T[], showFilm: boolean, headers: string[], cells: (row: T) => Cell[], term: Terminal,
): string {
  return renderTable({
    headers: showFilm ? ["Film", ...headers] : headers,
    rows: rows.map((row) => (showFilm ? [filmCell(row.film), ...cells(row)] : cells(row))),
  }, term);
}

/** Actor | Character | Credited as. */
export function renderCast(rows: CastRow[], showFilm: boolean, term: Terminal): string {
  return withFilm(rows, showFilm, ["Actor", "Character", "Credited as"],
    (r) => [r.actor, r.character, r.creditedAs ?? ""], term);
}

/** Speaker | Line, with any stage direction in brackets before the line. */
export function renderQuotes(rows: QuoteRow[], showFilm: boolean, term: Terminal): string {
  return withFilm(rows, showFilm, ["Speaker", "Line"],
    (r) => [r.speaker, r.direction ? `[${r.direction}] ${r.text}` : r.text], term);
}

/** Category | Goof. */
export function renderGoofs(rows: GoofRow[], showFilm: boolean, term: Terminal): string {
  return withFilm(rows, showFilm, ["Category", "Goof"], (r) => [r.category, r.text], term);
}

/** Score | Title | Review. */
export function renderReviews(rows: ReviewRow[], showFilm: boolean, term: Terminal): string {
  return withFilm(rows, showFilm, ["Score", "Title", "Review"],
    (r) => [r.score ? formatRating(r.score) : "", r.title, r.text], term);
}

/** Film | Trivia, with the words that matched the query highlighted. */
export function renderTrivia(rows: TriviaRow[], term: Terminal): string {
  return renderTable({
    headers: ["Film", "Trivia"],
    rows: rows.map((r) => {
      const matched = new Set(r.matched ?? []);
      return [filmCell(r.film), { text: r.text, paint: (line: string) => highlightWords(line, matched, term.style) }];
    }),
  }, term);
}
