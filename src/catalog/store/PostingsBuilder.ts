import { GrowableUint32Array } from "./growable";
import type { IndexWriter } from "./IndexWriter";
import { PairSorter, type PairSorterOptions } from "./PairSorter";
import { POSTINGS_KIND, chooseFenceStride } from "./postingsLayout";
import { highHalf, lowHalf } from "./u64";
import { MAX_VARINT_BYTES, writeVarint } from "./varint";

const ENCODE_BUFFER_BYTES = 1 << 20;

// Pairs go into a PairSorter (8 bytes a pair, optionally spilling to disk), so no list is ever a JS
// array; write() streams the encoded lists into the file.
/** Builds postings, u32 term -> ascending u32 values, from (term, value) pairs in any order. */
export class PostingsBuilder {
  private readonly sorter: PairSorter;

  constructor(options: PairSorterOptions = {}) {
    this.sorter = new PairSorter(options);
  }

  /** Pairs added, repeats included. */
  get size(): number {
    return this.sorter.size;
  }

  /** Adds `value` to the list of `term` (both u32). */
  add(term: number, value: number): void {
    this.sorter.add(term, value);
  }

  /** Adds every value of `values` to the list of `term`. */
  addList(term: number, values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.sorter.add(term, values[i]!);
  }

  /**
   * Writes section `name`: the delta-varint lists, the term directory and its fence. Releases the
   * builder's memory.
   */
  write(writer: IndexWriter, name: string): void {
    const directory = new GrowableUint32Array();
    const encoded = new Uint8Array(ENCODE_BUFFER_BYTES);
    let used = 0;
    let flushed = 0;
    let pairs = 0;
    let term = -1;
    let previous = 0;
    let count = 0;
    writer.beginSection(name, POSTINGS_KIND);
    writer.beginPart("lists");
    this.sorter.drain((terms, values, n) => {
      for (let i = 0; i < n; i++) {
        const value = values[i]!;
        if (terms[i] !== term) {
          if (term >= 0) directory.set(directory.length - 3, count);
          term = terms[i]!;
          const offset = flushed + used;
          directory.push(term);
          directory.push(0);
          directory.push(lowHalf(offset));
          directory.push(highHalf(offset));
          count = 0;
          previous = 0;
        }
        if (used + MAX_VARINT_BYTES > encoded.length) {
          writer.write(encoded.subarray(0, used));
          flushed += used;
          used = 0;
        }
        used = writeVarint(encoded, used, value - previous);
        previous = value;
        count++;
      }
      pairs += n;
    });
    if (term >= 0) directory.set(directory.length - 3, count);
    writer.write(encoded.subarray(0, used));
    writer.endPart();
    const entries = directory.view();
    const terms = entries.length / 4;
    const stride = chooseFenceStride(terms);
    const fence = new Uint32Array(Math.ceil(terms / stride));
    for (let j = 0; j < fence.length; j++) fence[j] = entries[4 * j * stride]!;
    writer.writePart("directory", entries);
    writer.writePart("fence", fence);
    writer.endSection({ terms, pairs, stride, listBytes: flushed + used });
  }

  /** Releases memory (and any spill file) without writing. */
  dispose(): void {
    this.sorter.dispose();
  }
}
