import type { Film } from "./film";
import { foldText, normalizeTitle } from "./normalizeTitle";

/** Lookup tables over a dataset's films, built once per run. */
export interface FilmIndex {
  films: readonly Film[];
  byId: Map<string, Film>;
  /** Folded title (case, accents, punctuation ignored) to films. */
  byFolded: Map<string, Film[]>;
  /** Folded title without a leading article to films. */
  byNormalized: Map<string, Film[]>;
  /** `normalized[i]` is the normalized title of `films[i]`. */
  normalized: string[];
  /** `folded[i]` is the folded title of `films[i]`, article kept. */
  folded: string[];
}

function push(map: Map<string, Film[]>, key: string, film: Film): void {
  const list = map.get(key);
  if (list) list.push(film);
  else map.set(key, [film]);
}

/** Builds the lookup tables for a list of films. */
export function buildFilmIndex(films: readonly Film[]): FilmIndex {
  const index: FilmIndex = { films, byId: new Map(), byFolded: new Map(), byNormalized: new Map(), normalized: [], folded: [] };
  for (const film of films) {
    index.byId.set(film.id, film);
    const folded = foldText(film.title);
    push(index.byFolded, folded, film);
    const normalized = normalizeTitle(film.title);
    push(index.byNormalized, normalized, film);
    index.normalized.push(normalized);
    index.folded.push(folded);
  }
  return index;
}
