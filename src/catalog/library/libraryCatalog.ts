import type { Film, ImdbFacts, ImdbPerson } from "../../films/film";
import { formatNconst, formatTconst, parseTconst } from "../../imdb/imdbIds";
import type { TitleQuery } from "../../search/filmIndex";
import { withoutArticle } from "../../search/normalizeTitle";
import { trigramSimilarity } from "../../search/trigrams";
import { DiskCatalog } from "../diskCatalog";
import { S } from "../filmSections";
import { BlobColumn, lowerBound, type IndexFile } from "../store";
import { L, type LibraryMeta } from "./librarySections";
import {
  decodeFilmRecord, decodePersonRecord, filmOfFacts, type CompactFilm, type CompactPerson, type LibraryPerson,
} from "./libraryRecord";
import { sortedUnion } from "./sortedUnion";

const ACTING = new Set(["actor", "actress", "self", "archive_footage"]);
const split = (joined: string): string[] => (joined === "" ? [] : joined.split("\n"));

/**
 * The IMDb library as a catalogue: DiskCatalog's film sections, with each film's record read from
 * the library itself, alternative titles found by exact and fuzzy lookups, and IMDb's people.
 */
export class LibraryCatalog extends DiskCatalog {
  private records: BlobColumn | undefined;
  private personRecords: BlobColumn | undefined;
  /** The films merged with a bundled film, ascending. */
  private twinned: Uint32Array | undefined;
  /** twinOf's answers, and the twins twinId has met: a search asks for the same bundled films' twins for votes and for kind. */
  private readonly twinOfId = new Map<string, number | undefined>();

  constructor(index: IndexFile, readonly meta: LibraryMeta) {
    super(index, index.path, meta.films);
  }

  /** The library file's path and size. */
  get file(): { path: string; bytes: number } {
    return { path: this.index.path, bytes: this.index.size };
  }

  /** IMDb's facts of film i. */
  facts(i: number): ImdbFacts {
    return decodeFilmRecord(this.compact(i), {
      kinds: this.meta.kinds,
      categories: this.meta.categories,
      people: (people) => this.imdbPeople(people),
      titleOf: (tconst) => {
        const [film] = this.withId(formatTconst(tconst));
        return film === undefined ? undefined : this.ref(film).title;
      },
    });
  }

  /** Film i's compact record. */
  private compact(i: number): CompactFilm {
    this.records ??= BlobColumn.open(this.index, L.record);
    return JSON.parse(this.records.get(i).toString("utf8")) as CompactFilm;
  }

  /**
   * What a person did in film i, read from its record by person number (no names are read):
   * "director", "writer", "cast" with the characters played, or a principal's own category
   * ("producer", "composer", …); each role once.
   */
  rolesIn(person: number, i: number): Array<{ role: string; characters: string[]; job: string | null }> {
    const [, , , , , , , , , , directors, writers, principals] = this.compact(i);
    const roles = new Map<string, { role: string; characters: string[]; job: string | null }>();
    const add = (role: string, characters: string[] = [], job: string | null = null): void => {
      if (!roles.has(role)) roles.set(role, { role, characters, job });
    };
    if (directors.includes(person)) add("director");
    if (writers.includes(person)) add("writer");
    for (const [p, category, job, ...characters] of principals) {
      if (p !== person) continue;
      const name = this.meta.categories[category] ?? "unknown";
      add(ACTING.has(name) ? "cast" : name, characters, job === "" ? null : job);
    }
    return [...roles.values()];
  }

  /** Film i's record, made from IMDb's facts. */
  override film(i: number): Film {
    return filmOfFacts(this.facts(i));
  }

  /** IMDb rates a title once it has five votes: one without a rating has fewer, not an unknown number. */
  protected override votesOf(stored: number): number {
    return super.votesOf(stored) ?? 0;
  }

  /** Film i's kind (IMDb's titleType). */
  override kind(i: number): string {
    return this.kindName(this.number(L.kind, "u8").get(i));
  }

  protected override kindsMany(films: ArrayLike<number>): string[] {
    return this.number(L.kind, "u8").readMany(films).map((k) => this.kindName(k));
  }

  protected override kindsOf(start: number, count: number): string[] {
    return Array.from(this.number(L.kind, "u8").getRange(start, count), (k) => this.kindName(k));
  }

  private kindName(stored: number): string {
    return this.meta.kinds[stored] ?? "unknown";
  }

  /** The nconsts and names of people. */
  imdbPeople(people: readonly number[]): ImdbPerson[] {
    if (people.length === 0) return [];
    const nconst = this.number(L.personNconst, "u32");
    const names = this.strings_(S.personName).getMany(people);
    return people.map((p, k) => ({ id: formatNconst(nconst.get(p)), name: names[k]! }));
  }

  /** A person's record: birth and death, professions, known-for titles. */
  personRecord(person: number): LibraryPerson {
    this.personRecords ??= BlobColumn.open(this.index, L.personRecord);
    const record = JSON.parse(this.personRecords.get(person).toString("utf8")) as CompactPerson;
    return decodePersonRecord(this.imdbPeople([person])[0]!, record, (tconst) => {
      const [film] = this.withId(formatTconst(tconst));
      return film === undefined ? undefined : this.ref(film);
    });
  }

  /** The person with this nconst ("nm0000123"), if the library credits them. */
  personWithId(nconst: string): number | undefined {
    const candidates = this.keys(L.keyPersonId).lookup(nconst);
    const nconsts = this.number(L.personNconst, "u32");
    return [...candidates].find((p) => p < this.people && formatNconst(nconsts.get(p)) === nconst);
  }

  /** The alternative titles (folded) of films. */
  alternatives(films: ArrayLike<number>): string[][] {
    return this.strings_(L.alt).getMany(films).map(split);
  }

  /** Films whose folded title or alternative title is `folded`; with `most`, the most voted that many. */
  override withFolded(folded: string, most?: number): number[] {
    return sortedUnion(super.withFolded(folded, most), this.withAlternative(folded, (alt) => alt, most), most);
  }

  /** Films whose normalized title or normalized alternative title is `normalized`; `most` as for withFolded. */
  override withNormalized(normalized: string, most?: number): number[] {
    return sortedUnion(super.withNormalized(normalized, most), this.withAlternative(normalized, withoutArticle, most), most);
  }

  private withAlternative(key: string, form: (alt: string) => string, most = Infinity): number[] {
    const candidates = [...this.keys(L.keyAlt).lookup(key)].filter((f) => f < this.size).slice(0, most);
    if (candidates.length === 0) return [];
    const alts = this.alternatives(candidates);
    return candidates.filter((_, k) => alts[k]!.some((alt) => form(alt) === key));
  }

  /** Ids: the tconst as typed in any case ("TT0089560") is the same id. */
  override withId(id: string): number[] {
    const tconst = parseTconst(id.toLowerCase());
    return tconst === null ? [] : super.withId(formatTconst(tconst));
  }

  /**
   * Each film's best match for the query among its title and its alternative titles, so that a search
   * finds a film by its original or any alternative title (and lists it under its own).
   */
  override titlesToScore(films: ArrayLike<number>, query: TitleQuery): string[] {
    return this.bestTitles(films, super.folded(films), query);
  }

  /** For each film, the one of its titles (own or alternative, folded) that best matches a fuzzy query. */
  bestTitles(films: ArrayLike<number>, own: string[], query: TitleQuery): string[] {
    const grams = query.grams;
    const alts = this.alternatives(films);
    return own.map((title, k) => {
      let best = title;
      let score = trigramSimilarity(grams, withoutArticle(title));
      for (const alt of alts[k]!) {
        const s = trigramSimilarity(grams, withoutArticle(alt));
        if (s > score) { best = alt; score = s; }
      }
      return best;
    });
  }

  /** The bundled film's id a library film is merged with ("" for none). */
  twinId(i: number): string {
    // The twins are a few thousand films among millions, read once (one small read): only a twin's own row is read.
    if (this.twinned === undefined) {
      const column = this.number(L.twinFilms, "u32");
      this.twinned = column.getRange(0, column.length);
    }
    if (this.twinned[lowerBound(this.twinned, i)] !== i) return "";
    const id = this.strings_(L.twin).get(i);
    // Twins are one to one: twinOf(id) is now known without a key lookup.
    if (!this.twinOfId.has(id)) this.twinOfId.set(id, i);
    return id;
  }

  /** The library film merged with the bundled film of this id, if any. */
  twinOf(bundledId: string): number | undefined {
    if (this.twinOfId.has(bundledId)) return this.twinOfId.get(bundledId);
    const twin = [...this.keys(L.keyTwin).lookup(bundledId)].find((f) => f < this.size && this.twinId(f) === bundledId);
    this.twinOfId.set(bundledId, twin);
    return twin;
  }
}
