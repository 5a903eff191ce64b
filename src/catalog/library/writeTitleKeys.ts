import { withoutArticle } from "../../search/normalizeTitle";
import { trigrams } from "../../search/trigrams";
import { KeyTableBuilder, PostingsBuilder, type IndexWriter, type KeyHash, type SpillOptions } from "../store";
import { S } from "../filmSections";
import { L } from "./librarySections";

// Pairs per sorted run (8 bytes each, and as much again while sorting): 32 MiB a builder.
export const RUN_PAIRS = 2 << 20;

/** What the title keys are made of, film by film (in film order). */
export interface TitleKeySource {
  films: number;
  /** The film's tconst, written (`tt0089560`). */
  id(film: number): string;
  /** Its title folded as search folds it (foldTitle). */
  folded(film: number): string;
  /** Its folded alternative titles. */
  alts(film: number): readonly string[];
}

/** Adds (hash of gram, value) for every trigram of the text (search/trigrams.ts). */
export function addGrams(hash: KeyHash, text: string, value: number, add: (term: number, value: number) => void): void {
  for (const gram of trigrams(text)) add(hash.hash(gram), value);
}

/** Fills a key table and writes it as section `name`. */
export function writeKeys(writer: IndexWriter, name: string, hash: KeyHash, spill: SpillOptions, fill: (add: (key: string, value: number) => void) => void): void {
  const builder = new KeyTableBuilder({ spill, hash, runPairs: RUN_PAIRS });
  try {
    fill((key, value) => builder.add(key, value));
    builder.write(writer, name);
  } finally {
    builder.dispose();
  }
}

/** Fills postings and writes them as section `name`. */
export function writePostings(writer: IndexWriter, name: string, spill: SpillOptions, fill: (add: (term: number, value: number) => void) => void): void {
  const builder = new PostingsBuilder({ spill, runPairs: RUN_PAIRS });
  try {
    fill((term, value) => builder.add(term, value));
    builder.write(writer, name);
  } finally {
    builder.dispose();
  }
}

/**
 * The sections that find a film by its id, title or alternative titles, exactly or by words and
 * trigrams (filmSections.ts, librarySections.ts). They need neither credits nor people: a worker
 * thread builds them (importWorker.ts) while the main thread writes the rest.
 */
export function writeTitleKeys(writer: IndexWriter, source: TitleKeySource, hash: KeyHash, spill: SpillOptions): void {
  const { films } = source;
  writeKeys(writer, S.keyId, hash, spill, (add) => { for (let f = 0; f < films; f++) add(source.id(f), f); });
  writeKeys(writer, S.keyFolded, hash, spill, (add) => { for (let f = 0; f < films; f++) add(source.folded(f), f); });
  writeKeys(writer, S.keyNormalized, hash, spill, (add) => { for (let f = 0; f < films; f++) add(withoutArticle(source.folded(f)), f); });
  writeKeys(writer, L.keyAlt, hash, spill, (add) => {
    for (let f = 0; f < films; f++) {
      for (const alt of source.alts(f)) {
        add(alt, f);
        const normalized = withoutArticle(alt);
        if (normalized !== alt) add(normalized, f);
      }
    }
  });
  writePostings(writer, S.titleGrams, spill, (add) => {
    for (let f = 0; f < films; f++) {
      addGrams(hash, withoutArticle(source.folded(f)), f, add);
      for (const alt of source.alts(f)) addGrams(hash, withoutArticle(alt), f, add);
    }
  });
  writePostings(writer, S.titleWords, spill, (add) => {
    for (let f = 0; f < films; f++) {
      for (const word of source.folded(f).split(" ")) if (word !== "") add(hash.hash(word), f);
      for (const alt of source.alts(f)) for (const word of alt.split(" ")) if (word !== "") add(hash.hash(word), f);
    }
  });
}
