import { listFilms } from "../../search/listFilms";
import { SORTS, type SortKey } from "../../search/sortOrder";
import { renderFilmTable } from "../../render/renderFilmTable";
import { defineCommand, found } from "../command";
import { choice, decimal, text, whole } from "../optionSpec";

// Lines a table spends on its borders and header, and one for the prompt.
const TABLE_CHROME = 5;
const YEARS = { min: 1800, max: 3000 };

/** `filmcli list`: browse the catalogue with filters and an order. */
export const listCommand = defineCommand({
  name: "list",
  summary: "browse films with filters, sorted",
  args: "",
  argsDescription: "",
  options: [
    whole("year", "--year <year>", "only films of this year", YEARS),
    whole("from", "--from <year>", "only films from this year on", YEARS),
    whole("to", "--to <year>", "only films up to this year", YEARS),
    text("director", "--director <name>", "only films by this director (words may be abbreviated)"),
    text("genre", "--genre <genre>", "only films of this genre (e.g. drama, comedy, thriller)"),
    decimal("minRating", "--min-rating <rating>", "only films rated at least this, out of 10", { min: 0, max: 10 }),
    choice("sort", "--sort <key>", `order: ${Object.entries(SORTS).map(([k, v]) => `${k} (${v})`).join(", ")}; default title`,
      Object.keys(SORTS) as SortKey[], "title"),
    whole("limit", "--limit <n>", "at most this many films (default: a screenful; 0 for all)", { min: 0 }),
  ],
  examples: ["filmcli list --sort rating", "filmcli list --genre horror --from 1970 --to 1989", "filmcli list --director spielberg --sort year --limit 0 --json"],
  run(_words, options, ctx) {
    const { sort, limit = Math.max(5, ctx.term.height - TABLE_CHROME), ...filter } = options;
    const catalog = ctx.catalog();
    const { films, total } = listFilms(catalog, filter, sort, limit);
    const summaries = films.map((i) => catalog.summary(i));
    if (total === 0) return { data: summaries, render: renderFilmTable, messages: ["no film passes these filters"], outcome: "nothing" };
    const messages = films.length < total ? [`showing ${films.length} of ${total} films; --limit 0 shows all`] : [];
    return found(summaries, renderFilmTable, messages);
  },
});
