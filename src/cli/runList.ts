import type { Film, FilmRef } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import type { Terminal } from "../render/terminal";
import type { CommandContext, DataOutput } from "./command";
import { filmScope, type FilmScope } from "./filmScope";

/** How a per-film list command (cast, quotes, goofs, reviews, trivia) gets and draws its rows. */
export interface ListKind<T extends { film: FilmRef }> {
  /** "cast", "quotes": used in "no quotes recorded for Mask (1985)". */
  noun: string;
  /** "quote", "trivia": used in "no quote matches "x"". */
  singular: string;
  rows: (films: readonly Film[]) => T[];
  render: (rows: T[], showFilm: boolean, term: Terminal) => string;
}

/** A search within a list command: its words, the films that may match, and the filter itself. */
export interface ListSearch<T> {
  query: string;
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
  kind: ListKind<T>, words: string[], ctx: CommandContext, search?: ListSearch<T>,
): DataOutput<T[]> {
  // Searching the whole dataset reads only the films its word index says may match.
  const scope: FilmScope = search && words.length === 0
    ? { films: Array.from(search.candidates(ctx), (i) => ctx.catalog().film(i)), hints: [] }
    : filmScope(words, ctx);
  const all = kind.rows(scope.films);
  const rows = search ? search.filter(all) : all;
  const render = (r: T[], term: Terminal): string => kind.render(r, !scope.film, term);
  if (rows.length > 0) return { data: rows, render, messages: scope.hints, outcome: "found" };
  const where = scope.film ? `for ${filmLabel(scope.film)}` : "in the dataset";
  // Without a search the whole list is empty; with one, say "none recorded" when the film has none at all.
  const noneRecorded = !search || (scope.film !== undefined && all.length === 0);
  const message = noneRecorded ? `no ${kind.noun} recorded ${where}` : `no ${kind.singular} matches "${search.query.trim()}" ${where}`;
  return { data: rows, render, messages: [...scope.hints, message], outcome: search ? "nothing" : "found" };
}
