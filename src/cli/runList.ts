import type { Film, FilmRef } from "../films/film";
import { filmLabel } from "../search/resolveFilm";
import type { Terminal } from "../output/terminal";
import { ok, type CommandContext, type CommandResult } from "./command";
import { filmScope, type FilmScope } from "./filmScope";
import { ExitCode } from "../errors";
import { renderOutput } from "./formatOutput";

/** How a per-film list command (cast, quotes, goofs, reviews) gets and draws its rows. */
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
  candidates: (ctx: CommandContext) => number[];
  filter: (rows: T[]) => T[];
}

/**
 * Runs a list command over one named film or the whole dataset. An empty list is not an error:
 * stderr says so in one line, `--json` prints [], and the exit code is 0. A search that finds
 * nothing is: stderr says so and the exit code is 1.
 */
export function runList<T extends { film: FilmRef }>(
  kind: ListKind<T>, words: string[], ctx: CommandContext, search?: ListSearch<T>,
): CommandResult {
  // Searching the whole dataset reads only the films its word index says may match.
  const scope: FilmScope = search && words.length === 0
    ? { films: search.candidates(ctx).map((i) => ctx.catalog().film(i)), hints: [] }
    : filmScope(words, ctx);
  const all = kind.rows(scope.films);
  const rows = search ? search.filter(all) : all;
  const where = scope.film ? `for ${filmLabel(scope.film)}` : "in the dataset";
  if (search && rows.length === 0 && (all.length > 0 || !scope.film)) {
    const stdout = ctx.format === "json" ? "[]\n" : "";
    return { stdout, messages: [...scope.hints, `no ${kind.singular} matches "${search.query.trim()}" ${where}`], exitCode: ExitCode.noMatch };
  }
  if (all.length === 0) {
    return ok(ctx.format === "json" ? "[]\n" : "", [...scope.hints, `no ${kind.noun} recorded ${where}`]);
  }
  const stdout = ctx.format === "json" || rows.length > 0
    ? renderOutput(ctx.format, rows, (r, term) => kind.render(r, !scope.film, term), ctx.term)
    : "";
  return ok(stdout, scope.hints);
}
