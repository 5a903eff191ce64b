import { quoteRows, type QuoteRow } from "../../films/filmRows";
import { queryCut, queryWords, searchTexts } from "../../search/searchTexts";
import { quoteColumns } from "../../render/listTables";
import { defineCommand } from "../command";
import { text } from "../optionSpec";
import { FIRST } from "../options";
import { runList } from "../runList";

/** `filmcli quotes [film...] [--search <text>]`: quotes as a speaker | line table. */
export const quotesCommand = defineCommand({
  name: "quotes",
  summary: "list quotes as speaker | line, optionally searched",
  args: "[film...]",
  argsDescription: "the film; omit it to list every quote in the dataset",
  filmArgument: true,
  options: [text("search", "-s, --search <text>", "keep quotes whose speaker or line matches (typos allowed)"), FIRST],
  examples: ["filmcli quotes mask", "filmcli quotes --search 'ice cream'", "filmcli quotes mask --json | jq -r '.[].text'"],
  run(words, { search: query, first }, ctx) {
    const kind = { noun: "quotes", singular: "quote", rows: quoteRows, columns: quoteColumns };
    if (query === undefined) return runList(kind, words, ctx, undefined, first);
    return runList(kind, words, ctx, {
      query,
      dropped: queryCut(query),
      candidates: (c) => c.catalog().textCandidates(queryWords(query)),
      filter: (rows: QuoteRow[]) => searchTexts(rows, (r) => `${r.speaker}: ${r.text}`, query).map((h) => h.item),
    }, first);
  },
});
