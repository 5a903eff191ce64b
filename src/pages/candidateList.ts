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

  constructor(films: Iterable<Candidate> = []) {
    for (const film of films) this.add(film);
  }

  /** Adds a film (a film with the key of one added before replaces it). */
  add(film: Candidate): void {
    this.remove(film.key);
    const put = (map: Map<string, Candidate[]>, key: string): void => {
      const list = map.get(key) ?? [];
      if (!list.includes(film)) list.push(film);
      map.set(key, list);
    };
    put(this.byTitle, titleKey(film.title));
    for (const name of [...film.directors, ...film.people]) put(this.byPerson, foldText(name));
  }

  /** Removes the film of this key. */
  remove(key: string): void {
    for (const map of [this.byTitle, this.byPerson]) {
      for (const [k, list] of map) {
        const kept = list.filter((c) => c.key !== key);
        if (kept.length !== list.length) map.set(k, kept);
      }
    }
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
