import { filmRef } from "../core/film";
import { triviaRows, type TriviaRow } from "../core/filmRows";
import { filmLabel } from "../core/resolveFilm";
import { searchTexts } from "../core/searchTexts";
import { ExitCode } from "../errors";
import { renderTrivia } from "../render/listTables";
import { ok, type CommandSpec } from "./command";
import { filmScope } from "./filmScope";
import { renderOutput } from "./renderOutput";

/** `filmcli trivia [query...] [--film <film>]`: typo-tolerant trivia search, best match first. */
export const triviaCommand: CommandSpec = {
  name: "trivia",
  summary: "search trivia, typos allowed (all trivia when no query is given)",
  args: "[query...]",
  argsDescription: "words to look for; every word must match, each allowing a typo or two",
  options: [{ flags: "-f, --film <film>", description: "only this film's trivia" }],
  examples: ["filmcli trivia makeup", "filmcli trivia makup --film mask", "filmcli trivia security --json | jq '.[0].text'"],
  run(words, options, ctx) {
    const scope = filmScope(options.film === undefined ? [] : [String(options.film)], ctx);
    const query = words.join(" ");
    const all = triviaRows(scope.films);
    const rows: TriviaRow[] = query.trim() === ""
      ? all
      : searchTexts(scope.films.flatMap((film) => film.trivia.map((text) => ({ film, text }))), (t) => t.text, query)
        .map((hit) => ({ film: filmRef(hit.item.film), text: hit.item.text, score: hit.score, matched: hit.matched }));
    const stdout = ctx.format === "json" || rows.length > 0 ? renderOutput(ctx.format, rows, renderTrivia, ctx.term) : "";
    const where = scope.film ? `for ${filmLabel(scope.film)}` : "in the dataset";
    if (all.length === 0) return ok(stdout, [...scope.hints, `no trivia recorded ${where}`]);
    if (rows.length === 0) {
      return { stdout, messages: [...scope.hints, `no trivia matches "${query.trim()}" ${where}`], exitCode: ExitCode.noMatch };
    }
    return ok(stdout, scope.hints);
  },
};
