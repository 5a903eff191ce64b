import type { Film, FilmRef } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import { renderRows } from "../render/listTables";
import type { TableColumns } from "../render/renderTable";
import type { Terminal } from "../render/terminal";
import type { CommandContext, DataOutput, RowsOutput } from "./command";
import { filmScope, type FilmScope } from "./filmScope";
import { queryCutNote } from "./queryCutNote";
import { MAX_QUERY_CHARS, MAX_QUERY_WORDS } from "../search/searchTexts";

/** How a per-film list command (cast, quotes, goofs, reviews, trivia) gets and draws its rows. */
export interface ListKind<T extends { film: FilmRef }> {
  /** "cast", "quotes": used in "no quotes recorded for Mask (1985)". */
  noun: string;
  /** "quote", "trivia": used in "no quote matches "x"". */
  singular: string;
  rows: (films: readonly Film[]) => T[];
  /** Whether IMDb's datasets hold rows of this kind (cast): else listing every row reads only the films that may (FilmIndex.textFilms). */
  inImdb?: boolean;
  /** How its rows read as a table, with a Film column when they span more than one named film. */
  columns: (showFilm: boolean, term: Terminal) => TableColumns<T>;
}

/** A search within a list command: its words, the films that may match, and the filter itself. */
export interface ListSearch<T> {
  query: string;
  /** Query words the search leaves out to bound its work: a note on stderr names them. */
  dropped: readonly string[];
  /** The films whose records may match, when no film was named (from the catalogue's word index). */
  candidates: (ctx: CommandContext) => ArrayLike<number>;
  filter: (rows: T[]) => T[];
}

/**
 * Runs a list command over one named film or the whole dataset. A film (or dataset) with no records
 * of the kind is found, with an empty list: stderr says so in one line and the exit code is 0. A
 * search that finds nothing is an empty result of a query: stderr says so and the exit code is 1.
 */
export function runList<T extends { film: FilmRef }>(
  kind: ListKind<T>, words: string[], ctx: CommandContext, search?: ListSearch<T>, first = false,
): DataOutput<T[]> | RowsOutput<T> {
  if (!search && words.length === 0) return everyRow(kind, ctx);
  // Searching the whole dataset reads only the films its word index says may match.
  const scope: FilmScope = search && words.length === 0
    ? { films: Array.from(search.candidates(ctx), (i) => ctx.catalog().film(i)), hints: [] }
    : filmScope(words, ctx, first);
  const all = kind.rows(scope.films);
  const rows = search ? search.filter(all) : all;
  const render = (r: T[], term: Terminal): string => renderRows(r, kind.columns(!scope.film, term), term);
  const cut = search ? queryCutNote(search.dropped, `${MAX_QUERY_WORDS} words and ${MAX_QUERY_CHARS} characters`) : [];
  if (rows.length > 0) return { data: rows, render, messages: [...cut, ...scope.hints], outcome: "found" };
  const where = scope.film ? `for ${filmLabel(scope.film)}` : "in the dataset";
  // Without a search the whole list is empty; with one, say "none recorded" when the film has none at all.
  const noneRecorded = !search || (scope.film !== undefined && all.length === 0);
  const message = noneRecorded ? `no ${kind.noun} recorded ${where}` : `no ${kind.singular} matches "${search.query.trim()}" ${where}`;
  return { data: rows, render, messages: [...cut, ...scope.hints, message], outcome: search ? "nothing" : "found" };
}

/**
 * Every row of the kind in the dataset, film by film, as a stream: rows are written as they are made,
 * so memory stays flat however large the dataset. A dataset without any is found, with a message.
 */
function everyRow<T extends { film: FilmRef }>(kind: ListKind<T>, ctx: CommandContext): RowsOutput<T> {
  const catalog = ctx.catalog();
  let count = 0;
  function* rows(): Generator<T> {
    const films = kind.inImdb === true ? catalog.size : catalog.textFilms;
    for (let i = 0; i < films; i++) {
      for (const row of kind.rows([catalog.film(i)])) {
        count++;
        yield row;
      }
    }
  }
  return {
    rows: rows(),
    table: (term) => kind.columns(true, term),
    messages: () => (count === 0 ? [`no ${kind.noun} recorded in the dataset`] : []),
    outcome: () => "found",
  };
}
