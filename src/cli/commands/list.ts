import { libraryFilms, listLibrary } from "../../catalog/library/listLibrary";
import { UnionCatalog } from "../../catalog/library/unionCatalog";
import { UsageError } from "../../errors";
import { listedFilms, listFilms } from "../../search/listFilms";
import { SORTS, type SortKey } from "../../search/sortOrder";
import { filmColumns, renderFilmTable } from "../../render/renderFilmTable";
import type { FilmSummary } from "../../films/filmSummary";
import type { FilmIndex } from "../../search/filmIndex";
import { YEARS } from "../../films/datasetShape";
import { defineCommand, found, type RowsOutput } from "../command";
import { choice, decimal, text, whole } from "../optionSpec";

// Lines a table spends on its borders and header, and one for the prompt.
const TABLE_CHROME = 5;

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
    text("kind", "--kind <types>", "only these IMDb title types, comma-separated (movie, tvSeries, short, …; needs the IMDb library)"),
    whole("minVotes", "--min-votes <n>", "only films with at least this many votes", { min: 0 }),
    choice("sort", "--sort <key>", `order: ${Object.entries(SORTS).map(([k, v]) => `${k} (${v})`).join(", ")}; default title`,
      Object.keys(SORTS) as SortKey[], "title"),
    whole("limit", "--limit <n>", "at most this many films (default: a screenful; 0 for all)", { min: 0 }),
  ],
  examples: ["filmcli list --sort rating", "filmcli list --genre horror --from 1970 --to 1989", "filmcli list --director spielberg --sort year --limit 0 --json"],
  run(_words, options, ctx) {
    const { sort, limit = Math.max(5, ctx.term.height - TABLE_CHROME), kind, minVotes, ...filter } = options;
    const catalog = ctx.catalog();
    const kinds = kind === undefined ? undefined : kind.split(",").map((k) => k.trim()).filter(Boolean);
    if (kinds !== undefined && kinds.length === 0) throw new UsageError("--kind needs title types, e.g. --kind movie,tvSeries");
    if (catalog instanceof UnionCatalog) {
      if (limit === 0) return everyFilm(catalog, libraryFilms(catalog, { ...filter, kinds, minVotes }, sort));
      const { films, total } = listLibrary(catalog, { ...filter, kinds, minVotes }, sort, limit);
      const summaries = catalog.summaries(films);
      if (films.length === 0) return { data: summaries, render: renderFilmTable, messages: ["no film passes these filters"], outcome: "nothing" };
      const messages = total === null ? [`showing the first ${films.length} films; more pass (--limit 0 shows all)`] : [];
      return found(summaries, renderFilmTable, messages);
    }
    if (kinds !== undefined && !kinds.some((k) => k.toLowerCase() === "movie")) {
      return { data: [], render: renderFilmTable, messages: ["no film passes these filters (every film of this dataset is a movie; import IMDb for other kinds)"], outcome: "nothing" };
    }
    // Every film can be a million rows: they are summarised as they are written, never held together.
    if (limit === 0) return everyFilm(catalog, listedFilms(catalog, { ...filter, minVotes }, sort));
    const { films, total } = listFilms(catalog, { ...filter, minVotes }, sort, limit);
    if (total === 0) return { data: [], render: renderFilmTable, messages: ["no film passes these filters"], outcome: "nothing" };
    const messages = films.length < total ? [`showing ${films.length} of ${total} films; --limit 0 shows all`] : [];
    return found(catalog.summaries(films), renderFilmTable, messages);
  },
});

// Films summarised together: one batched read per column for each chunk.
const CHUNK = 4096;

/** The summaries of these films, made a chunk at a time as they are written. */
function* summariesOf(catalog: FilmIndex, films: Iterable<number>): Generator<FilmSummary> {
  let chunk: number[] = [];
  for (const i of films) {
    chunk.push(i);
    if (chunk.length === CHUNK) {
      yield* catalog.summaries(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) yield* catalog.summaries(chunk);
}

/** Every film passing the filters, written as found: none is held, so memory stays flat. */
function everyFilm(catalog: FilmIndex, films: Iterable<number>): RowsOutput<FilmSummary> {
  let count = 0;
  const counted = function* (): Generator<number> {
    for (const i of films) {
      count++;
      yield i;
    }
  };
  return {
    rows: summariesOf(catalog, counted()),
    table: () => filmColumns,
    messages: () => (count === 0 ? ["no film passes these filters"] : []),
    outcome: () => (count === 0 ? "nothing" : "found"),
  };
}
