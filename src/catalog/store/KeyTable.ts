import type { PartEntry } from "./headerBody";
import type { IndexFile } from "./IndexFile";
import { IndexFormatError } from "./IndexFormatError";
import { type KeyHash, murmur3KeyHash } from "./keyHash";
import { KEY_TABLE_KIND, MAX_BUCKET_BITS, bucketOf } from "./keyTableLayout";

// A table of at most this many bytes of entries (a few thousand keys) is read whole on first lookup and kept.
const SMALL_TABLE_BYTES = 64 * 1024;

// A lookup is two small reads: the bucket's bounds (from memory when the directory is small enough to
// be cached), then the bucket's entries. Hashes collide: callers check each candidate against the key.
/** Reads a key table: the values stored under keys with the same 32-bit hash as the one asked for. */
export class KeyTable {
  /** A small table's entries, once read. */
  private all: Uint32Array | null = null;

  private constructor(private readonly file: IndexFile, readonly name: string, private readonly hash: KeyHash,
    private readonly bits: number, readonly size: number, private readonly entries: PartEntry, private readonly buckets: PartEntry) {}

  /** The key table `name`, which must have been built with `hash` (by name). Reads nothing. */
  static open(file: IndexFile, name: string, hash: KeyHash = murmur3KeyHash()): KeyTable {
    const section = file.section(name, KEY_TABLE_KIND);
    if (section.params.hash !== hash.name) {
      throw new IndexFormatError("incompatible", file.path, `key table was built with hash ${String(section.params.hash)}, not ${hash.name}`,
        { section: name, expected: hash.name, actual: String(section.params.hash) });
    }
    const { bucketBits, count } = section.params;
    const entries = file.part(section, "entries");
    const buckets = file.part(section, "buckets");
    if (!(Number.isInteger(bucketBits) && (bucketBits as number) >= 0 && (bucketBits as number) <= MAX_BUCKET_BITS)
      || buckets.length !== (2 ** (bucketBits as number) + 1) * 4 || entries.length !== (count as number) * 8) {
      throw file.corrupt(name, "key table parameters do not match its parts");
    }
    return new KeyTable(file, name, hash, bucketBits as number, count as number, entries, buckets);
  }

  /** Candidate values for `key`, ascending, no repeats. */
  lookup(key: string): Uint32Array {
    return this.lookupHash(this.hash.hash(key));
  }

  /** Every value the table holds, in entry order (repeats possible): one read of all its entries, for small tables. */
  values(): Uint32Array {
    const words = this.entryWords(0, this.size);
    const values = new Uint32Array(this.size);
    for (let i = 0; i < this.size; i++) values[i] = words[2 * i + 1]!;
    return values;
  }

  /** The (hash, value) words of `n` entries from entry `start`: a small table's entries are read once and kept. */
  private entryWords(start: number, n: number): Uint32Array {
    if (this.entries.length <= SMALL_TABLE_BYTES) {
      if (this.all === null) {
        const raw = this.file.read(this.entries, 0, this.entries.length);
        this.all = new Uint32Array(raw.buffer, 0, this.size * 2);
      }
      return this.all.subarray(start * 2, (start + n) * 2);
    }
    const raw = this.file.read(this.entries, start * 8, n * 8);
    return new Uint32Array(raw.buffer, 0, n * 2);
  }

  /** Values of all entries whose hash is `hash`, ascending. */
  lookupHash(hash: number): Uint32Array {
    const bucket = bucketOf(hash >>> 0, this.bits);
    const bounds = this.file.read(this.buckets, bucket * 4, 8);
    const view = new DataView(bounds.buffer);
    const start = view.getUint32(0, true);
    const end = view.getUint32(4, true);
    if (!(start <= end && end <= this.size)) throw this.file.corrupt(this.name, `bucket ${bucket} bounds ${start}..${end} are impossible`);
    if (start === end) return new Uint32Array(0);
    const n = end - start;
    const words = this.entryWords(start, n);
    const target = hash >>> 0;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[2 * mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    let stop = lo;
    while (stop < n && words[2 * stop] === target) stop++;
    const values = new Uint32Array(stop - lo);
    for (let i = lo; i < stop; i++) values[i - lo] = words[2 * i + 1]!;
    return values;
  }
}
