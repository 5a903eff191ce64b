import { filmLabel } from "../../films/filmLabel";
import { slugify } from "../../search/normalizeTitle";
import { UsageError } from "../../errors";
import { defineCommand } from "../command";
import { flag } from "../optionSpec";

// Enough for any menu a shell shows; past this the user types more.
const MAX_CANDIDATES = 200;

/**
 * `filmcli __complete films [--describe] [prefix]`: film ids for shell completion, one per line
 * ("id<TAB>Title (year)" with --describe). Hidden: the completion scripts call it. Its output is
 * for a shell, not a person: no candidates is an empty answer (exit 0), not a failed query.
 */
export const completeCommand = defineCommand({
  name: "__complete",
  summary: "film ids for shell completion",
  args: "<kind> [prefix...]",
  argsDescription: "films, then what has been typed so far",
  options: [flag("describe", "--describe", "add each film's title after a tab")],
  hidden: true,
  examples: [],
  run(words, options, ctx) {
    const [kind, ...rest] = words;
    if (kind !== "films") throw new UsageError(`__complete knows only "films", got "${kind ?? ""}"`);
    const prefix = rest.join(" ").toLowerCase();
    const slug = slugify(prefix);
    const lines: string[] = [];
    const catalog = ctx.catalog();
    for (let i = 0; i < catalog.size && lines.length < MAX_CANDIDATES; i++) {
      const film = catalog.ref(i);
      if (film.id.startsWith(prefix) || (slug !== "" && slugify(film.title).startsWith(slug))) {
        lines.push(options.describe ? `${film.id}\t${filmLabel(film)}` : film.id);
      }
    }
    return { text: lines.length ? `${lines.join("\n")}\n` : "" };
  },
});
