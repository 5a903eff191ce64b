import { quoteRows, type QuoteRow } from "../core/filmRows";
import { searchTexts } from "../core/searchTexts";
import { ExitCode } from "../errors";
import { renderQuotes } from "../render/listTables";
import type { CommandSpec } from "./command";
import { runList } from "./listCommand";

/** `filmcli quotes [film...] [--search <text>]`: quotes as a speaker | line table. */
export const quotesCommand: CommandSpec = {
  name: "quotes",
  summary: "list quotes as speaker | line, optionally searched",
  args: "[film...]",
  argsDescription: "the film; omit it to list every quote in the dataset",
  filmArgument: true,
  options: [{ flags: "-s, --search <text>", description: "keep quotes whose speaker or line matches (typos allowed)" }],
  examples: ["filmcli quotes mask", "filmcli quotes --search 'ice cream'", "filmcli quotes mask --json | jq -r '.[].text'"],
  run(words, options, ctx) {
    const search = options.search as string | undefined;
    const filter = search === undefined
      ? undefined
      : (rows: QuoteRow[]) => searchTexts(rows, (r) => `${r.speaker}: ${r.text}`, search).map((h) => h.item);
    const result = runList({ noun: "quotes", rows: quoteRows, render: renderQuotes }, words, ctx, filter);
    if (search !== undefined && result.rows.length === 0 && result.messages.length === 0) {
      return { ...result, messages: [`no quote matches "${search}"`], exitCode: ExitCode.noMatch };
    }
    return result;
  },
};
