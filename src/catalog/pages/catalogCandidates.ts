import { foldText } from "../../films/foldText";
import type { Film } from "../../films/film";
import { titleKey, type Candidate, type CandidateSource } from "../../pages/identifyPage";
import type { FilmIndex } from "../../search/filmIndex";
import type { LibraryCatalog } from "../library/libraryCatalog";

const candidate = (key: string, film: Film): Candidate => ({
  key, title: film.title, year: film.year, directors: film.directors, people: [...film.stars, ...film.cast.map((c) => c.actor)],
});

/**
 * The catalogue (bundled, with the pages imported before) and the IMDb library as candidates for
 * identifyPage, each side asked on its own (a title the catalogue has must not hide IMDb's films of
 * other years). A library film that is one film with a catalogue film answers under the catalogue's
 * id; any other under its tconst.
 */
export function catalogCandidates(base: FilmIndex, library: LibraryCatalog | null, pageTwins: ReadonlyMap<string, string>): CandidateSource {
  const fromBase = (films: ArrayLike<number>, year: number): Candidate[] =>
    Array.from(films).filter((i) => base.year(i) === year).map((i) => candidate(base.ref(i).id, base.film(i)));
  const fromLibrary = (films: ArrayLike<number>, year: number): Candidate[] => {
    if (library === null) return [];
    return Array.from(films).filter((l) => library.year(l) === year).map((l) => {
      const id = library.ref(l).id;
      return candidate(library.twinId(l) || pageTwins.get(id) || id, library.film(l));
    });
  };
  const people = (side: FilmIndex, name: string): number[] =>
    side.personWithFolded(foldText(name)).flatMap((p) => Array.from(side.personFilms(p)));
  return {
    withTitle: (title, year) => [
      ...fromBase(base.withNormalized(titleKey(title)), year),
      ...(library ? fromLibrary(library.withNormalized(titleKey(title)), year) : []),
    ],
    withPerson: (name, year) => [...fromBase(people(base, name), year), ...(library ? fromLibrary(people(library, name), year) : [])],
  };
}
