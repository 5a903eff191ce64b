import type { Film } from "../films/film";
import { filmLabel } from "../films/filmLabel";
import { resolveFilm } from "../search/resolveFilm";
import type { CommandContext } from "./command";

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
  const resolution = resolveFilm(catalog, words.join(" "), { first });
  // A script learns it got a best guess as a person does: the hint goes to stderr, terminal or not.
  const others = resolution.others();
  const hints = others.length > 0 ? [`showing ${filmLabel(resolution.film)}; also close: ${others.map(filmLabel).join(", ")}`] : [];
  return { films: [resolution.film], film: resolution.film, hints };
}
