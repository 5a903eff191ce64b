import type { FilmSummary } from "../../films/filmSummary";
import { searchFilms } from "../../search/searchFilms";
import { ExitCode, UsageError } from "../../errors";
import { renderFilmTable } from "../../render/renderFilmTable";
import { ok, type CommandSpec } from "../command";
import { renderOutput } from "../formatOutput";

const LIMIT = 10;
// Weaker title matches are noise in a result list (they still serve as suggestions elsewhere).
const MIN_SCORE = 0.4;

/** `filmcli search <query...>`: ranked title matches. */
export const searchCommand: CommandSpec = {
  name: "search",
  summary: "find films by title, best match first",
  args: "<query...>",
  argsDescription: "title words; case, accents, punctuation and typos are forgiven",
  options: [],
  examples: ["filmcli search mask", "filmcli search maks 1985", "filmcli search mask --json | jq -r '.[0].id'"],
  run(words, _options, ctx) {
    const query = words.join(" ").trim();
    if (query === "") throw new UsageError("search needs words to look for, e.g. filmcli search mask");
    const catalog = ctx.catalog();
    const results: Array<FilmSummary & { score: number }> = searchFilms(catalog, query, MIN_SCORE)
      .slice(0, LIMIT)
      .map((m) => ({ ...catalog.summary(m.i), score: Math.round(m.score * 1000) / 1000 }));
    const stdout = ctx.format === "json" || results.length > 0
      ? renderOutput(ctx.format, results, renderFilmTable, ctx.term)
      : "";
    if (results.length === 0) return { stdout, messages: [`no film title matches "${query}"`], exitCode: ExitCode.noMatch };
    return ok(stdout);
  },
};
