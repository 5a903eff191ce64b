import type { Film } from "../films/film";
import { foldText } from "../films/foldText";
import { titleKey, type Candidate, type CandidateSource } from "./identifyPage";

/** What a film in memory offers identifyPage. */
export function candidateOf(film: Pick<Film, "id" | "title" | "year" | "directors" | "stars" | "cast">): Candidate {
  return { key: film.id, title: film.title, year: film.year, directors: film.directors, people: [...film.stars, ...film.cast.map((c) => c.actor)] };
}

/** Films held in memory (the build's catalogue, the pages imported so far) as a CandidateSource, growing as films are added. */
export class CandidateList implements CandidateSource {
  private readonly byTitle = new Map<string, Candidate[]>();
  private readonly byPerson = new Map<string, Candidate[]>();
  private readonly byKey = new Map<string, Candidate>();

  constructor(films: Iterable<Candidate> = []) {
    for (const film of films) this.add(film);
  }

  /** Adds a film (a film with the key of one added before replaces it). */
  add(film: Candidate): void {
    this.remove(film.key);
    this.byKey.set(film.key, film);
    for (const [map, key] of this.keysOf(film)) {
      const list = map.get(key) ?? [];
      if (!list.includes(film)) list.push(film);
      map.set(key, list);
    }
  }

  /** Removes the film of this key. */
  remove(key: string): void {
    const film = this.byKey.get(key);
    if (film === undefined) return;
    this.byKey.delete(key);
    for (const [map, k] of this.keysOf(film)) map.set(k, (map.get(k) ?? []).filter((c) => c !== film));
  }

  /** Where a film is filed: under its title and under each of its people. */
  private keysOf(film: Candidate): Array<[Map<string, Candidate[]>, string]> {
    return [[this.byTitle, titleKey(film.title)], ...[...film.directors, ...film.people].map((n): [Map<string, Candidate[]>, string] => [this.byPerson, foldText(n)])];
  }

  withTitle(title: string, year: number): Candidate[] {
    return (this.byTitle.get(titleKey(title)) ?? []).filter((c) => c.year === year);
  }

  withPerson(name: string, year: number): Candidate[] {
    return (this.byPerson.get(foldText(name)) ?? []).filter((c) => c.year === year);
  }
}

/** Several sources asked as one: each film once (the first source's, by key). */
export function candidatesFrom(sources: readonly CandidateSource[]): CandidateSource {
  const merge = (ask: (s: CandidateSource) => Candidate[]): Candidate[] => {
    const seen = new Map<string, Candidate>();
    for (const s of sources) for (const c of ask(s)) if (!seen.has(c.key)) seen.set(c.key, c);
    return [...seen.values()];
  };
  return { withTitle: (t, y) => merge((s) => s.withTitle(t, y)), withPerson: (n, y) => merge((s) => s.withPerson(n, y)) };
}
