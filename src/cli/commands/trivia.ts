import { triviaRows } from "../../films/filmRows";
import { queryCut, queryWords, searchTexts } from "../../search/searchTexts";
import type { Terminal } from "../../render/terminal";
import { triviaColumns } from "../../render/listTables";
import { defineCommand } from "../command";
import { text } from "../optionSpec";
import { FIRST } from "../options";
import { runList } from "../runList";

/** `filmcli trivia [query...] [--film <film>]`: typo-tolerant trivia search, best match first. */
export const triviaCommand = defineCommand({
  name: "trivia",
  summary: "search trivia, typos allowed (all trivia when no query is given)",
  args: "[query...]",
  argsDescription: "words to look for; every word must match, each allowing a typo or two",
  options: [text("film", "-f, --film <film>", "only this film's trivia"), FIRST],
  examples: ["filmcli trivia makeup", "filmcli trivia makup --film mask", "filmcli trivia security --json | jq '.[0].text'"],
  run(words, options, ctx) {
    const film = options.film === undefined ? [] : [options.film];
    const query = words.join(" ");
    // Trivia always names the film on each row, whether one film or all are shown.
    const kind = { noun: "trivia", singular: "trivia", rows: triviaRows, columns: (_all: boolean, term: Terminal) => triviaColumns(term) };
    if (query.trim() === "") return runList(kind, film, ctx, undefined, options.first);
    return runList(kind, film, ctx, {
      query,
      dropped: queryCut(query),
      candidates: (c) => c.catalog().textCandidates(queryWords(query)),
      // Ranked best first; each row carries its score and the words that matched.
      filter: (rows) => searchTexts(rows, (r) => r.text, query)
        .map((hit) => ({ film: hit.item.film, text: hit.item.text, score: hit.score, matched: hit.matched })),
    }, options.first);
  },
});
