import { foldText } from "../films/foldText";
import { trigrams } from "../search/trigrams";
import { sortOrder, SORTS, type SortKey } from "../search/sortOrder";
import {
  KeyTableBuilder, murmur3KeyHash, PostingsBuilder, StringColumnBuilder, writeNumberColumn, type IndexWriter, type PairSorterOptions,
} from "./store";
import { GrowableFloat64Array, GrowableUint32Array } from "./store/growable";
import { ORDER_SECTIONS, S, SCAN_ALL } from "./filmSections";
import type { IndexedFilm } from "./indexedFilm";

/** What a builder's sorters may use: pairs per in-memory run, and a folder to spill sorted runs to. */
export type BuilderMemory = PairSorterOptions;

const NO_VALUE = Number.NaN;

/**
 * Collects a film index one film at a time, in dataset order, holding columns as UTF-8 chunks and
 * typed arrays (never a JS object per film), then writes every section of filmSections.ts.
 */
export class FilmIndexBuilder {
  /** The hash of every key and term; IndexedFilm's hashes must be made with it. */
  readonly hash = murmur3KeyHash();
  private readonly strings = new Map<string, StringColumnBuilder>();
  private readonly year = new GrowableUint32Array();
  private readonly offset = new GrowableFloat64Array();
  private readonly length = new GrowableUint32Array();
  private readonly numbers = {
    ratingValue: new GrowableFloat64Array(), ratingScale: new GrowableFloat64Array(),
    ratingVotes: new GrowableFloat64Array(), grossAmount: new GrowableFloat64Array(),
  };
  /** Folded titles, for the title order (the one order that compares strings). */
  private readonly foldedTitles: string[] = [];
  /** foldText(title): what `list --sort title` orders by ("Zero Effect" under z, not "0 effect" as search folds it). */
  private readonly sortTitles: string[] = [];
  private readonly keys: Record<"id" | "folded" | "normalized" | "person", KeyTableBuilder>;
  private readonly postings: Record<"titleGrams" | "titleWords" | "textFilms" | "personGrams" | "personFilms", PostingsBuilder>;
  /** Folded name -> person number, in order of first appearance. */
  private readonly people = new Map<string, number>();
  /** A name as spelled in the data -> its person number. */
  private readonly spellings = new Map<string, number>();
  private count = 0;

  constructor(memory: BuilderMemory = {}) {
    const key = (): KeyTableBuilder => new KeyTableBuilder({ ...memory, hash: this.hash });
    this.keys = { id: key(), folded: key(), normalized: key(), person: key() };
    const postings = (): PostingsBuilder => new PostingsBuilder(memory);
    this.postings = { titleGrams: postings(), titleWords: postings(), textFilms: postings(), personGrams: postings(), personFilms: postings() };
  }

  /** Films added so far. */
  get size(): number {
    return this.count;
  }

  private column(name: string): StringColumnBuilder {
    let column = this.strings.get(name);
    if (!column) this.strings.set(name, (column = new StringColumnBuilder()));
    return column;
  }

  /** Adds the next film, with the byte range of its JSON record in the dataset file. */
  add(film: IndexedFilm, offset: number, length: number): void {
    const i = this.count++;
    const { folded } = film;
    this.column(S.id).add(film.id);
    this.column(S.title).add(film.title);
    this.column(S.folded).add(folded);
    this.column(S.directors).add(film.directors);
    this.column(S.genres).add(film.genres);
    this.foldedTitles.push(folded);
    this.sortTitles.push(foldText(film.title));
    this.year.push(film.year);
    this.offset.push(offset);
    this.length.push(length);
    const n = this.numbers;
    n.ratingValue.push(film.rating?.value ?? NO_VALUE);
    n.ratingScale.push(film.rating?.scale ?? NO_VALUE);
    n.ratingVotes.push(film.rating?.votes ?? NO_VALUE);
    const { gross } = film;
    n.grossAmount.push(gross?.amount ?? NO_VALUE);
    this.column(S.grossCurrency).add(gross?.currency ?? "");
    this.column(S.grossRegion).add(gross?.region ?? "");

    this.keys.id.add(film.id, i);
    this.keys.folded.add(folded, i);
    this.keys.normalized.add(film.normalized, i);
    for (const gram of film.titleGrams) this.postings.titleGrams.add(gram, i);
    for (const word of film.titleWords) this.postings.titleWords.add(word, i);
    for (const term of film.textTerms) this.postings.textFilms.add(term, i);
    this.addPeople(film, i);
  }

  // The order people.ts has always kept names in: a name's first spelling, directors, cast, then stars.
  private addPeople(film: IndexedFilm, i: number): void {
    const seen = new Set<number>();
    for (const name of film.names) {
      // Names recur across films: a spelling seen before skips folding.
      let person = this.spellings.get(name);
      if (person !== undefined) {
        if (!seen.has(person)) {
          seen.add(person);
          this.postings.personFilms.add(person, i);
        }
        continue;
      }
      const folded = foldText(name);
      if (folded === "") continue;
      person = this.people.get(folded);
      if (person === undefined) {
        person = this.people.size;
        this.people.set(folded, person);
        this.column(S.personName).add(name);
        this.column(S.personFolded).add(folded);
        this.keys.person.add(folded, person);
        for (const gram of trigrams(folded)) this.postings.personGrams.add(this.hash.hash(gram), person);
      }
      this.spellings.set(name, person);
      if (!seen.has(person)) {
        seen.add(person);
        this.postings.personFilms.add(person, i);
      }
    }
  }

  /** Writes every section, with the text words counted as the films were made (indexedFilm); the builder is spent afterwards. */
  write(writer: IndexWriter, textVocabulary: ReadonlyMap<string, number>): void {
    for (const name of [S.id, S.title, S.folded, S.directors, S.genres, S.grossCurrency, S.grossRegion, S.personName, S.personFolded]) {
      this.column(name).write(writer, name);
    }
    writeNumberColumn(writer, S.year, "u16", Uint16Array.from(this.year.view()));
    writeNumberColumn(writer, S.offset, "f64", this.offset.view());
    writeNumberColumn(writer, S.length, "u32", this.length.view());
    const n = this.numbers;
    writeNumberColumn(writer, S.ratingValue, "f64", n.ratingValue.view());
    writeNumberColumn(writer, S.ratingScale, "f64", n.ratingScale.view());
    writeNumberColumn(writer, S.ratingVotes, "f64", n.ratingVotes.view());
    writeNumberColumn(writer, S.grossAmount, "f64", n.grossAmount.view());

    // A folded title never holds a line break: foldText turns every non-letter into a space.
    if (this.count <= SCAN_ALL) {
      const all = new StringColumnBuilder();
      all.add(this.foldedTitles.join("\n"));
      all.write(writer, S.foldedAll);
    }
    const vocabulary = [...textVocabulary.keys()].sort();
    const vocab = new StringColumnBuilder();
    for (const word of vocabulary) vocab.add(word);
    vocab.write(writer, S.textVocab);
    writeNumberColumn(writer, S.textVocabFilms, "u32", Uint32Array.from(vocabulary, (w) => textVocabulary.get(w)!));

    this.keys.id.write(writer, S.keyId);
    this.keys.folded.write(writer, S.keyFolded);
    this.keys.normalized.write(writer, S.keyNormalized);
    this.keys.person.write(writer, S.keyPerson);
    this.postings.titleGrams.write(writer, S.titleGrams);
    this.postings.titleWords.write(writer, S.titleWords);
    this.postings.textFilms.write(writer, S.textFilms);
    this.postings.personGrams.write(writer, S.personGrams);
    this.postings.personFilms.write(writer, S.personFilms);

    const columns = {
      folded: this.sortTitles, year: this.year.view(), ratingValue: n.ratingValue.view(), ratingVotes: n.ratingVotes.view(), grossAmount: n.grossAmount.view(),
    };
    for (const sort of Object.keys(SORTS) as SortKey[]) writeNumberColumn(writer, ORDER_SECTIONS[sort], "u32", sortOrder(columns, sort));
  }

  /** Frees the sorters' memory and spill files (after write, or when giving up). */
  dispose(): void {
    for (const k of Object.values(this.keys)) k.dispose();
    for (const p of Object.values(this.postings)) p.dispose();
  }
}
