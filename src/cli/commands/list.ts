import { listFilms, SORTS, type ListFilter, type SortKey } from "../../search/listFilms";
import { ExitCode, UsageError } from "../../errors";
import { renderFilmTable } from "../../render/renderFilmTable";
import { ok, type CommandSpec } from "../command";
import { renderOutput } from "../formatOutput";

// Lines a table spends on its borders and header, and one for the prompt.
const TABLE_CHROME = 5;

function whole(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}, got "${String(value)}"`);
  return n;
}

/** `filmcli list`: browse the catalogue with filters and an order. */
export const listCommand: CommandSpec = {
  name: "list",
  summary: "browse films with filters, sorted",
  args: "",
  argsDescription: "",
  options: [
    { flags: "--year <year>", description: "only films of this year" },
    { flags: "--from <year>", description: "only films from this year on" },
    { flags: "--to <year>", description: "only films up to this year" },
    { flags: "--director <name>", description: "only films by this director (words may be abbreviated)" },
    { flags: "--genre <genre>", description: "only films of this genre (e.g. drama, comedy, thriller)" },
    { flags: "--min-rating <rating>", description: "only films rated at least this, out of 10" },
    { flags: "--sort <key>", description: `order: ${Object.entries(SORTS).map(([k, v]) => `${k} (${v})`).join(", ")}; default title` },
    { flags: "--limit <n>", description: "at most this many films (default: a screenful; 0 for all)" },
  ],
  examples: ["filmcli list --sort rating", "filmcli list --genre horror --from 1970 --to 1989", "filmcli list --director spielberg --sort year --limit 0 --json"],
  run(_words, options, ctx) {
    const sort = (options.sort ?? "title") as string;
    if (!(sort in SORTS)) throw new UsageError(`--sort must be one of ${Object.keys(SORTS).join(", ")}, got "${sort}"`);
    const minRating = options.minRating === undefined ? undefined : Number(options.minRating);
    if (minRating !== undefined && !(minRating >= 0 && minRating <= 10)) {
      throw new UsageError(`--min-rating must be a number from 0 to 10, got "${String(options.minRating)}"`);
    }
    const filter: ListFilter = {
      year: whole("--year", options.year, 1800, 3000), from: whole("--from", options.from, 1800, 3000),
      to: whole("--to", options.to, 1800, 3000), director: options.director as string | undefined,
      genre: options.genre as string | undefined, minRating,
    };
    const limit = whole("--limit", options.limit, 0, Number.MAX_SAFE_INTEGER) ?? Math.max(5, ctx.term.height - TABLE_CHROME);
    const catalog = ctx.catalog();
    const films = listFilms(catalog, filter, sort as SortKey);
    const shown = limit === 0 ? films : films.slice(0, limit);
    const summaries = shown.map((i) => catalog.summary(i));
    const messages = shown.length < films.length ? [`showing ${shown.length} of ${films.length} films; --limit 0 shows all`] : [];
    const stdout = ctx.format === "json" || summaries.length > 0 ? renderOutput(ctx.format, summaries, renderFilmTable, ctx.term) : "";
    if (films.length === 0) return { stdout, messages: ["no film passes these filters"], exitCode: ExitCode.noMatch };
    return ok(stdout, messages);
  },
};
