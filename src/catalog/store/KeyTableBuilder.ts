import type { IndexWriter } from "./IndexWriter";
import { type KeyHash, murmur3KeyHash } from "./keyHash";
import { KEY_TABLE_KIND, MAX_BUCKET_BITS, bucketOf, chooseBucketBits } from "./keyTableLayout";
import { PairSorter, type PairSorterOptions } from "./PairSorter";

/** How a KeyTableBuilder hashes and sorts. */
export interface KeyTableBuilderOptions extends PairSorterOptions {
  /** The key hash (default murmur3KeyHash()); readers must open the table with the same one. */
  readonly hash?: KeyHash;
  /** Bucket directory size as a power of two (default: chosen from the entry count). */
  readonly bucketBits?: number;
}

// Keeps only (hash, value) pairs, 8 bytes an entry, in a PairSorter; no string is kept.
/** Builds a key table, string keys to u32 values (several per key allowed). */
export class KeyTableBuilder {
  private readonly sorter: PairSorter;
  private readonly hash: KeyHash;

  constructor(private readonly options: KeyTableBuilderOptions = {}) {
    this.sorter = new PairSorter(options);
    this.hash = options.hash ?? murmur3KeyHash();
    const bits = options.bucketBits;
    if (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= MAX_BUCKET_BITS)) {
      throw new RangeError(`bucketBits must be an integer from 0 to ${MAX_BUCKET_BITS}: ${bits}`);
    }
  }

  /** Entries added, repeats included. */
  get size(): number {
    return this.sorter.size;
  }

  /** Maps `key` to `value` (a u32); the same pair twice is stored once. */
  add(key: string, value: number): void {
    this.sorter.add(this.hash.hash(key), value);
  }

  /** Writes the table as section `name` and releases the builder's memory. */
  write(writer: IndexWriter, name: string): void {
    const bits = this.options.bucketBits ?? chooseBucketBits(this.sorter.size);
    const counts = new Uint32Array(2 ** bits);
    const entries = new Uint32Array(2 * 65536);
    let count = 0;
    writer.beginSection(name, KEY_TABLE_KIND, { hash: this.hash.name, bucketBits: bits });
    writer.beginPart("entries");
    this.sorter.drain((high, low, n) => {
      for (let i = 0; i < n; i++) {
        entries[2 * i] = high[i]!;
        entries[2 * i + 1] = low[i]!;
        counts[bucketOf(high[i]!, bits)]!++;
      }
      writer.write(entries.subarray(0, 2 * n));
      count += n;
    });
    writer.endPart();
    const directory = new Uint32Array(counts.length + 1);
    for (let b = 0; b < counts.length; b++) directory[b + 1] = directory[b]! + counts[b]!;
    writer.writePart("buckets", directory);
    writer.endSection({ count });
  }

  /** Releases memory (and any spill file) without writing. */
  dispose(): void {
    this.sorter.dispose();
  }
}
