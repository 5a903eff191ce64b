import type { CastCredit, Film, FilmRef, ImdbFacts, ImdbPerson, ImdbPrincipal } from "../../films/film";
import { formatTconst } from "../../imdb/imdbIds";

/** IMDb's source name, as a film's `sources` lists it. */
export const IMDB_SOURCE = "IMDb";

export { IMDB_ATTRIBUTION } from "../../films/showCard";

/** Principal categories that are acting credits (the cast); the rest are crew. */
const ACTING = new Set(["actor", "actress", "self", "archive_footage"]);

/** Whether a principal is an acting credit. */
export const isActing = (p: ImdbPrincipal): boolean => ACTING.has(p.category);

/** A person's record in the library: who they are, beyond their name. */
export interface LibraryPerson extends ImdbPerson {
  birthYear?: number;
  deathYear?: number;
  professions: string[];
  /** Titles IMDb says the person is known for: with title and year when the library holds them. */
  knownFor: Array<FilmRef | { id: string }>;
}

/** A principal's characters as one cast line: "Kikuchiyo / Masked Bandit". */
export const characterLine = (characters: readonly string[]): string => characters.join(" / ");

/**
 * A library title as a film record: IMDb's facts in the fields every command reads (directors by
 * name, the acting principals as the cast, the first three as stars), and the facts themselves under `imdb`.
 */
export function filmOfFacts(facts: ImdbFacts): Film {
  const cast: CastCredit[] = facts.principals.filter(isActing).map((p) => ({ actor: p.name, character: characterLine(p.characters) }));
  return {
    id: facts.id,
    title: facts.title,
    year: facts.startYear ?? 0,
    ...(facts.rating ? { rating: { value: facts.rating.value, scale: 10, votes: facts.rating.votes } } : {}),
    directors: facts.directors.map((d) => d.name),
    stars: [...new Set(cast.map((c) => c.actor))].slice(0, 3),
    cast,
    taglines: [],
    filmingLocations: [],
    grosses: [],
    genres: facts.genres,
    runtimes: facts.runtimeMinutes === undefined ? [] : [{ minutes: facts.runtimeMinutes }],
    trivia: [],
    goofs: [],
    quotes: [],
    reviews: [],
    sources: [IMDB_SOURCE],
    imdb: facts,
  };
}

/** A bundled film with IMDb's facts of the same film: the page's fields stay, IMDb's go under `imdb`. */
export function mergeFilm(page: Film, facts: ImdbFacts): Film {
  return { ...page, sources: page.sources.includes(IMDB_SOURCE) ? page.sources : [...page.sources, IMDB_SOURCE], imdb: facts };
}

/** A principal in a record: person number, category code, job ("" for none), then every character. */
export type CompactPrincipal = [person: number, category: number, job: string, ...characters: string[]];

/**
 * A film's record in the library (film.record), a JSON array to keep it small: names are person
 * numbers (person.name holds them once), kinds and categories codes into the meta's lists, and
 * 0, -1 or "" stand for "none".
 */
export type CompactFilm = [
  tconst: number, kind: number, title: string, originalTitle: string, startYear: number, endYear: number,
  runtimeMinutes: number, genres: string, rating10: number, votes: number, directors: number[], writers: number[],
  principals: CompactPrincipal[], akaCount: number, adult: number, episode: 0 | [parentTconst: number, season: number, episode: number],
];

/** A person's record (person.record): birth and death years (0: unknown), professions joined by ",", known-for tconsts. */
export type CompactPerson = [birthYear: number, deathYear: number, professions: string, knownFor: number[]];

/** What decoding a record needs from the rest of the library. */
export interface RecordContext {
  kinds: readonly string[];
  categories: readonly string[];
  /** The nconsts and names of these people. */
  people(people: readonly number[]): ImdbPerson[];
  /** The title of a library film by tconst, when the library holds it. */
  titleOf(tconst: number): string | undefined;
}

/** A record's facts in the shape every command reads (films/film.ts, ImdbFacts). */
export function decodeFilmRecord(record: CompactFilm, ctx: RecordContext): ImdbFacts {
  const [tconst, kind, title, original, start, end, runtime, genres, rating10, votes, directors, writers, principals, akaCount, adult, episode] = record;
  const everyone = ctx.people([...directors, ...writers, ...principals.map((p) => p[0])]);
  let k = 0;
  const take = (n: number): ImdbPerson[] => everyone.slice(k, (k += n));
  const directorList = take(directors.length);
  const writerList = take(writers.length);
  const principalPeople = take(principals.length);
  const facts: ImdbFacts = {
    id: formatTconst(tconst),
    kind: ctx.kinds[kind] ?? "unknown",
    title,
    ...(original === "" ? {} : { originalTitle: original }),
    ...(start === 0 ? {} : { startYear: start }),
    ...(end === 0 ? {} : { endYear: end }),
    ...(runtime < 0 ? {} : { runtimeMinutes: runtime }),
    genres: genres === "" ? [] : genres.split(","),
    ...(votes < 0 ? {} : { rating: { value: rating10 / 10, votes } }),
    directors: directorList,
    writers: writerList,
    principals: principals.map(([, category, job, ...characters], i): ImdbPrincipal => ({
      ...principalPeople[i]!, category: ctx.categories[category] ?? "unknown", ...(job === "" ? {} : { job }), characters,
    })),
    akaCount,
    ...(adult === 1 ? { adult: true as const } : {}),
  };
  if (episode !== 0) {
    const [parent, season, number] = episode;
    const seriesTitle = ctx.titleOf(parent);
    facts.episode = {
      seriesId: formatTconst(parent),
      ...(seriesTitle === undefined ? {} : { seriesTitle }),
      ...(season < 0 ? {} : { season }),
      ...(number < 0 ? {} : { episode: number }),
    };
  }
  return facts;
}

/** A person's record with their nconst and name, in the shape `filmcli person` shows. */
export function decodePersonRecord(person: ImdbPerson, record: CompactPerson, titleOf: (tconst: number) => FilmRef | undefined): LibraryPerson {
  const [birth, death, professions, knownFor] = record;
  return {
    ...person,
    ...(birth === 0 ? {} : { birthYear: birth }),
    ...(death === 0 ? {} : { deathYear: death }),
    professions: professions === "" ? [] : professions.split(","),
    knownFor: knownFor.map((tconst) => titleOf(tconst) ?? { id: formatTconst(tconst) }),
  };
}
