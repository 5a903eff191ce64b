import type { PartEntry } from "./headerBody";
import type { IndexFile } from "./IndexFile";
import { DIRECTORY_ENTRY_BYTES, POSTINGS_KIND } from "./postingsLayout";
import { u64FromHalves } from "./u64";
import { MAX_VARINT_BYTES, decodeDeltas } from "./varint";

interface ListLocation {
  readonly count: number;
  readonly start: number;
  readonly end: number;
}

// A term costs the fence (read, verified and kept on first use), one read of a stretch of the
// directory the first time it is asked for and, for read(), one read of at most the bytes the wanted values need.
/** Reads postings: how many values a u32 term has, and its ascending values or the first `limit`. */
export class Postings {
  private fence: Uint32Array | null = null;
  /** Terms located so far: a search counts each of its terms' lists, then reads some of them. */
  private readonly located = new Map<number, ListLocation | null>();

  private constructor(private readonly file: IndexFile, readonly name: string, readonly termCount: number,
    readonly pairCount: number, private readonly stride: number,
    private readonly lists: PartEntry, private readonly directory: PartEntry, private readonly fencePart: PartEntry) {}

  /** The postings section `name`. Reads nothing. */
  static open(file: IndexFile, name: string): Postings {
    const section = file.section(name, POSTINGS_KIND);
    const { terms, pairs, stride } = section.params;
    const lists = file.part(section, "lists");
    const directory = file.part(section, "directory");
    const fence = file.part(section, "fence");
    if (!Number.isSafeInteger(terms) || !Number.isSafeInteger(pairs) || !(Number.isSafeInteger(stride) && (stride as number) > 0)
      || directory.length !== (terms as number) * DIRECTORY_ENTRY_BYTES || fence.length !== Math.ceil((terms as number) / (stride as number)) * 4) {
      throw file.corrupt(name, "postings parameters do not match its parts");
    }
    return new Postings(file, name, terms as number, pairs as number, stride as number, lists, directory, fence);
  }

  /** How many values `term` has (0 for an absent term); reads no list. */
  count(term: number): number {
    return this.locate(term)?.count ?? 0;
  }

  /** Whether `term` has any values. */
  has(term: number): boolean {
    return this.locate(term) !== null;
  }

  /** The first `limit` (default all) values of `term`, ascending; empty for an absent term. */
  read(term: number, limit = Infinity): Uint32Array {
    const where = this.locate(term);
    if (where === null || limit <= 0) return new Uint32Array(0);
    const n = Math.min(where.count, Math.floor(limit));
    const bytes = this.file.read(this.lists, where.start, Math.min(where.end - where.start, n * MAX_VARINT_BYTES));
    try {
      return decodeDeltas(bytes, n);
    } catch (error) {
      throw this.file.corrupt(this.name, `list of term ${term} does not decode`, error);
    }
  }

  private locate(term: number): ListLocation | null {
    let where = this.located.get(term);
    if (where === undefined) this.located.set(term, (where = this.find(term)));
    return where;
  }

  private find(term: number): ListLocation | null {
    if (term >>> 0 !== term) throw new RangeError(`postings terms are u32 integers: ${term}`);
    if (this.termCount === 0) return null;
    const fence = this.fence ??= this.readFence();
    // The last fence entry at or below the term starts the stretch of the directory that can hold it.
    let lo = 0;
    let hi = fence.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (fence[mid]! <= term) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return null;
    const first = (lo - 1) * this.stride;
    const inStretch = Math.min(this.stride, this.termCount - first);
    // One entry more, when there is one, gives the end of the stretch's last list.
    const read = Math.min(inStretch + 1, this.termCount - first);
    const raw = this.file.read(this.directory, first * DIRECTORY_ENTRY_BYTES, read * DIRECTORY_ENTRY_BYTES);
    const words = new Uint32Array(raw.buffer, 0, read * 4);
    lo = 0;
    hi = inStretch;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[4 * mid]! < term) lo = mid + 1;
      else hi = mid;
    }
    if (lo === inStretch || words[4 * lo] !== term) return null;
    const count = words[4 * lo + 1]!;
    const start = u64FromHalves(words[4 * lo + 2]!, words[4 * lo + 3]!);
    const end = lo + 1 < read ? u64FromHalves(words[4 * lo + 6]!, words[4 * lo + 7]!) : this.lists.length;
    if (!(start <= end && end <= this.lists.length && count > 0)) {
      throw this.file.corrupt(this.name, `directory entry of term ${term} is impossible`);
    }
    return { count, start, end };
  }

  private readFence(): Uint32Array {
    const raw = this.file.read(this.fencePart, 0, this.fencePart.length);
    return new Uint32Array(raw.buffer, 0, raw.length / 4);
  }
}
