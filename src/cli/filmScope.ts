import type { Film } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import { resolveFilm } from "../search/resolveFilm";
import { MAX_TITLE_CHARS, titleQueryCut } from "../search/searchFilms";
import type { CommandContext } from "./command";
import { queryCutNote } from "./queryCutNote";

/** The films a per-film command covers, and a hint for people when the match was not by id. */
export interface FilmScope {
  films: readonly Film[];
  /** Set when one film was named. */
  film?: Film;
  hints: string[];
}

/** Resolves an optional film argument: one film when words are given, otherwise the whole dataset. */
export function filmScope(words: string[], ctx: CommandContext, first = false): FilmScope {
  const catalog = ctx.catalog();
  if (words.length === 0) return { films: Array.from({ length: catalog.size }, (_, i) => catalog.film(i)), hints: [] };
  const query = words.join(" ");
  const resolution = resolveFilm(catalog, query, { first });
  // A script learns it got a best guess as a person does: the hint goes to stderr, terminal or not.
  const others = resolution.others();
  const hints = others.length > 0 ? [`showing ${filmLabel(resolution.film)}; also close: ${others.map(filmLabel).join(", ")}`] : [];
  // Only a fuzzy match reads a cut query (exact lookups take it whole): say which words it left out.
  if (resolution.how === "fuzzy") hints.unshift(...queryCutNote(titleQueryCut(query), `its first ${MAX_TITLE_CHARS} characters`));
  return { films: [resolution.film], film: resolution.film, hints };
}
