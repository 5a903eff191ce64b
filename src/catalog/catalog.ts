import { grossAt, ratingAt, type CoreIndex, type DetailsIndex, type TextIndex } from "./catalogIndex";
import type { Film, FilmRef } from "../films/film";
import type { FilmSummary } from "../films/filmSummary";
import type { FilmIndex } from "../search/filmIndex";
import { withoutArticle } from "../search/normalizeTitle";
import { wordMatcher } from "../search/wordMatches";

/** How a catalogue gets what it does not hold from the start. */
export interface CatalogSource {
  details: () => DetailsIndex;
  text: () => TextIndex;
  film: (i: number) => Film;
}

/**
 * The films of a dataset as commands see them: every film's title and id from the index core, the
 * rest of the index and each film's full record only when asked for.
 */
export class Catalog implements FilmIndex {
  private normalizedTitles: string[] | undefined;
  private detailsPart: DetailsIndex | undefined;
  private wordIndex: { common: string[]; words: Map<string, number[]> } | undefined;
  private readonly loaded = new Map<number, Film>();

  constructor(readonly core: CoreIndex, private readonly source: CatalogSource) {}

  /** How many films there are. */
  get size(): number {
    return this.core.id.length;
  }

  /** `normalized[i]`: film i's folded title without a leading article. */
  get normalized(): string[] {
    return (this.normalizedTitles ??= this.core.folded.map(withoutArticle));
  }

  /** What lists show of every film (read on first use). */
  get details(): DetailsIndex {
    return (this.detailsPart ??= this.source.details());
  }

  /** Film i's full record. */
  film(i: number): Film {
    let film = this.loaded.get(i);
    if (!film) {
      film = this.source.film(i);
      this.loaded.set(i, film);
    }
    return film;
  }

  /** Every film's full record, in dataset order (reads the whole dataset). */
  films(): Film[] {
    return this.core.id.map((_, i) => this.film(i));
  }

  /** Film i's identifying fields. */
  ref(i: number): FilmRef {
    return { id: this.core.id[i]!, title: this.core.title[i]!, year: this.core.year[i]! };
  }

  /** Film i as a result list shows it. */
  summary(i: number): FilmSummary {
    const d = this.details;
    return { ...this.ref(i), directors: d.directors[i]!, genres: d.genres[i]!, rating: ratingAt(d, i), gross: grossAt(d, i) };
  }

  /** The film with this id, or -1. */
  findId(id: string): number {
    return this.core.id.indexOf(id);
  }

  /**
   * Films whose trivia or quotes may hold every one of these (folded) query words, typos allowed:
   * a superset of the films a text search can find, in ascending order.
   */
  textCandidates(queryWords: readonly string[]): number[] {
    if (!this.wordIndex) {
      const text = this.source.text();
      this.wordIndex = { common: text.common, words: new Map(text.words.map((w, k) => [w, text.wordFilms[k]!])) };
    }
    const { common, words } = this.wordIndex;
    const wordMatches = wordMatcher();
    let candidates: Set<number> | undefined;
    for (const q of queryWords) {
      // A query word that can match a common word can match in any film: it does not narrow.
      if (common.some((w) => wordMatches(q, w))) continue;
      const films = new Set<number>();
      for (const [word, list] of words) if (wordMatches(q, word)) for (const f of list) films.add(f);
      candidates = candidates ? new Set([...candidates].filter((f) => films.has(f))) : films;
      if (candidates.size === 0) return [];
    }
    return candidates ? [...candidates].sort((a, b) => a - b) : this.core.id.map((_, i) => i);
  }
}
