import type { FilmSummary } from "../../films/filmSummary";
import { MAX_TITLE_CHARS, searchFilms, titleQueryCut } from "../../search/searchFilms";
import { UsageError } from "../../errors";
import { renderFilmTable } from "../../render/renderFilmTable";
import { defineCommand, found } from "../command";
import { queryCutNote } from "../queryCutNote";

const LIMIT = 10;
// Weaker title matches are noise in a result list (they still serve as suggestions elsewhere).
const MIN_SCORE = 0.4;

/** `filmcli search <query...>`: ranked title matches. */
export const searchCommand = defineCommand({
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
    const matches = searchFilms(catalog, query, MIN_SCORE).slice(0, LIMIT);
    // Read together: a library's columns are read once for the lot, not once a film.
    const summaries = catalog.summaries(matches.map((m) => m.i));
    const results: Array<FilmSummary & { score: number }> = matches.map((m, k) => ({ ...summaries[k]!, score: Math.round(m.score * 1000) / 1000 }));
    const cut = queryCutNote(titleQueryCut(query), `its first ${MAX_TITLE_CHARS} characters`);
    if (results.length === 0) return { data: results, render: renderFilmTable, messages: [...cut, `no film title matches "${query}"`], outcome: "nothing" };
    return found(results, renderFilmTable, cut);
  },
});
