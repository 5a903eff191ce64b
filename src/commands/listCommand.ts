import type { Film, FilmRef } from "../core/film";
import { filmLabel } from "../core/resolveFilm";
import type { Terminal } from "../output/terminal";
import { ok, type CommandContext, type CommandResult } from "./command";
import { filmScope } from "./filmScope";
import { renderOutput } from "./renderOutput";

/** How a per-film list command (cast, quotes, goofs, reviews) gets and draws its rows. */
export interface ListKind<T extends { film: FilmRef }> {
  /** "cast", "quotes": used in "no quotes recorded for Mask (1985)". */
  noun: string;
  rows: (films: readonly Film[]) => T[];
  render: (rows: T[], showFilm: boolean, term: Terminal) => string;
}

/**
 * Runs a list command over one named film or the whole dataset. An empty list is not an error:
 * stderr says so in one line, `--json` prints [], and the exit code is 0.
 */
export function runList<T extends { film: FilmRef }>(
  kind: ListKind<T>, words: string[], ctx: CommandContext, filter: (rows: T[]) => T[] = (r) => r,
): CommandResult & { rows: T[] } {
  const scope = filmScope(words, ctx);
  const all = kind.rows(scope.films);
  const rows = filter(all);
  const where = scope.film ? `for ${filmLabel(scope.film)}` : "in the dataset";
  if (all.length === 0) {
    return { ...ok(ctx.format === "json" ? "[]\n" : "", [...scope.hints, `no ${kind.noun} recorded ${where}`]), rows };
  }
  const stdout = ctx.format === "json" || rows.length > 0
    ? renderOutput(ctx.format, rows, (r, term) => kind.render(r, !scope.film, term), ctx.term)
    : "";
  return { ...ok(stdout, scope.hints), rows };
}
