import type { Film, Money } from "../films/film";
import { topGross } from "../films/filmSummary";
import { foldTitle, foldWords } from "../films/foldText";
import { normalizeTitle } from "../search/normalizeTitle";
import { trigrams } from "../search/trigrams";
import type { KeyHash } from "./store";

/** 32-bit hashes: an array where a film is made, a view of one buffer per batch where it crosses threads. */
export type Hashes = readonly number[] | Uint32Array;

/**
 * What the index keeps of a film, with everything that depends on this film alone already worked out
 * (folded keys, the hashes of its title grams and words and of its text words), so that the thread
 * building the index only files it. Small enough to pass between threads cheaply.
 */
export interface IndexedFilm {
  id: string;
  title: string;
  folded: string;
  normalized: string;
  year: number;
  directors: string;
  genres: string;
  rating: Film["rating"];
  gross: Money | null;
  /** Directors, cast and stars, in that order: the order people.ts has always kept names in. */
  names: string[];
  /** Hashes of the normalized title's trigrams. */
  titleGrams: Hashes;
  /** Hashes of the folded title's distinct words. */
  titleWords: Hashes;
  /** Hashes of the distinct folded words of the trivia and quotes, in order of first appearance. */
  textTerms: Hashes;
}

/**
 * The folded words of trivia and quotes, each with how many films hold it and its hash (hashed once
 * per word, not once per film). Each thread making films keeps its own; the counts add up at the end.
 */
export class TextVocabulary {
  private readonly words = new Map<string, { films: number; last: number; term: number }>();
  private films = 0;

  constructor(private readonly hash: KeyHash) {}

  /** The hashes of the distinct words of one film's texts, in order of first appearance, counting the film once for each. */
  terms(texts: readonly string[]): number[] {
    const film = this.films++;
    const terms: number[] = [];
    for (const text of texts) {
      for (const word of foldWords(text)) {
        let entry = this.words.get(word);
        if (!entry) this.words.set(word, (entry = { films: 0, last: -1, term: this.hash.hash(word) }));
        // The entry remembers the last film it was counted for: a word counts once per film without a set per film.
        if (entry.last === film) continue;
        entry.last = film;
        entry.films++;
        terms.push(entry.term);
      }
    }
    return terms;
  }

  /** Each word with how many films held it. */
  counts(): Array<[string, number]> {
    return Array.from(this.words, ([word, entry]) => [word, entry.films]);
  }
}

/** Takes from a valid film what the index builder needs, counting its text words into `vocabulary`. */
export function indexedFilm(film: Film, hash: KeyHash, vocabulary: TextVocabulary): IndexedFilm {
  const texts = [...film.trivia];
  for (const quote of film.quotes) texts.push(quote.speaker, quote.text);
  const textTerms = vocabulary.terms(texts);
  const folded = foldTitle(film.title);
  const normalized = normalizeTitle(film.title);
  const titleWords: number[] = [];
  for (const word of new Set(folded.split(" "))) if (word !== "") titleWords.push(hash.hash(word));
  return {
    id: film.id, title: film.title, folded, normalized, year: film.year,
    directors: film.directors.join("\n"), genres: film.genres.join("\n"), rating: film.rating, gross: topGross(film),
    names: [...film.directors, ...film.cast.map((c) => c.actor), ...film.stars],
    titleGrams: Array.from(trigrams(normalized), (gram) => hash.hash(gram)), titleWords, textTerms,
  };
}

/** Word -> how many films hold it, summed over vocabularies. */
export function mergeVocabularies(parts: Iterable<Iterable<[string, number]>>): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const part of parts) for (const [word, films] of part) vocabulary.set(word, (vocabulary.get(word) ?? 0) + films);
  return vocabulary;
}
