import type { PartEntry } from "./headerBody";
import type { IndexFile } from "./IndexFile";
import { lowerBound } from "./lowerBound";
import { u64FromHalves } from "./u64";

// getMany() reads the offsets of indices this close together with one read, and merges byte ranges
// separated by at most BYTE_GAP into one read of at most MAX_GROUP_BYTES: one bigger read beats two
// syscalls for a few KiB.
const OFFSET_GAP = 512;
const BYTE_GAP = 4096;
const MAX_GROUP_BYTES = 1 << 20;

// N values as an offsets table (N + 1 u32 or u64 entries) and a blob of their bytes.
/** Reads the values of a string or blob column as bytes: get(i) is at most two reads. */
export class VarColumn {
  readonly length: number;
  private readonly offsetWidth: 4 | 8;

  private constructor(private readonly file: IndexFile, readonly name: string,
    private readonly offsets: PartEntry, private readonly bytes: PartEntry, params: Record<string, unknown>) {
    this.length = params.count as number;
    this.offsetWidth = params.offsetWidth as 4 | 8;
  }

  /** The column `name` of section kind `kind` ("strings" or "blobs"). Reads nothing. */
  static open(file: IndexFile, name: string, kind: string): VarColumn {
    const section = file.section(name, kind);
    const { count, offsetWidth } = section.params;
    const offsets = file.part(section, "offsets");
    const bytes = file.part(section, "bytes");
    if (!Number.isSafeInteger(count) || (offsetWidth !== 4 && offsetWidth !== 8) || offsets.length !== ((count as number) + 1) * offsetWidth) {
      throw file.corrupt(name, `offsets part of ${offsets.length} bytes does not fit ${String(count)} values of width ${String(offsetWidth)}`);
    }
    return new VarColumn(file, name, offsets, bytes, section.params);
  }

  /** The bytes of value `i`, in a fresh array. */
  get(i: number): Uint8Array {
    this.checkIndex(i);
    const ends = this.offsetsAt(i, 2);
    return this.file.read(this.bytes, ends[0]!, ends[1]! - ends[0]!);
  }

  /**
   * The bytes of each value in `indices` (any order, repeats allowed), in that order. Nearby values
   * share reads, so results may be views of one buffer.
   */
  getMany(indices: ArrayLike<number>): Uint8Array[] {
    for (let k = 0; k < indices.length; k++) this.checkIndex(indices[k]!);
    const sorted = uniqueSorted(indices);
    const m = sorted.length;
    const starts = new Float64Array(m);
    const ends = new Float64Array(m);
    for (let a = 0; a < m;) {
      let b = a;
      while (b + 1 < m && sorted[b + 1]! - sorted[b]! <= OFFSET_GAP) b++;
      const first = sorted[a]!;
      // One read for the stretch, but only the wanted entries decoded and checked: a stretch can hold
      // thousands of entries between the few rows asked for.
      const raw = this.offsetBytes(first, sorted[b]! - first + 2);
      const words = new Uint32Array(raw.buffer, raw.byteOffset, raw.length / 4);
      for (let k = a; k <= b; k++) {
        const at = sorted[k]! - first;
        starts[k] = this.entry(words, at);
        ends[k] = this.entry(words, at + 1);
        if (!(starts[k]! <= ends[k]! && ends[k]! <= this.bytes.length) || (k > 0 && starts[k]! < ends[k - 1]!)) {
          throw this.file.corrupt(this.name, `offset entry ${sorted[k]!} is out of order or past the bytes part`);
        }
      }
      a = b + 1;
    }
    const values: Uint8Array[] = new Array<Uint8Array>(m);
    for (let a = 0; a < m;) {
      let b = a;
      let groupEnd = ends[a]!;
      while (b + 1 < m && starts[b + 1]! - groupEnd <= BYTE_GAP && ends[b + 1]! - starts[a]! <= MAX_GROUP_BYTES) {
        b++;
        groupEnd = Math.max(groupEnd, ends[b]!);
      }
      const group = this.file.read(this.bytes, starts[a]!, groupEnd - starts[a]!);
      for (let k = a; k <= b; k++) values[k] = group.subarray(starts[k]! - starts[a]!, ends[k]! - starts[a]!);
      a = b + 1;
    }
    const result: Uint8Array[] = [];
    for (let k = 0; k < indices.length; k++) result.push(values[lowerBound(sorted, indices[k]!)]!);
    return result;
  }

  /** The bytes of values `start` … `start + count - 1`, with one read of their offsets and one of their bytes (views of one buffer). */
  getRange(start: number, count: number): Uint8Array[] {
    if (!(Number.isInteger(start) && Number.isInteger(count) && start >= 0 && count >= 0 && start + count <= this.length)) {
      throw new RangeError(`rows ${start}..${start + count} are outside column ${this.name} (${this.length} rows)`);
    }
    if (count === 0) return [];
    const ends = this.offsetsAt(start, count + 1);
    const bytes = this.file.read(this.bytes, ends[0]!, ends[count]! - ends[0]!);
    return Array.from({ length: count }, (_, k) => bytes.subarray(ends[k]! - ends[0]!, ends[k + 1]! - ends[0]!));
  }

  private checkIndex(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) throw new RangeError(`row ${i} is outside column ${this.name} (${this.length} rows)`);
  }

  /** `n` consecutive offsets from entry `first`, checked to rise and stay inside the bytes part. */
  private block: { start: number; bytes: Uint8Array } | null = null;

  /** The raw bytes of `n` offset entries from entry `first`: single entries in order come from a cached aligned block. */
  private offsetBytes(first: number, n: number): Uint8Array {
    const start = first * this.offsetWidth;
    const length = n * this.offsetWidth;
    if (n > 2) return this.file.read(this.offsets, start, length);
    const cached = this.block;
    if (cached && start >= cached.start && start + length <= cached.start + cached.bytes.length) {
      return cached.bytes.subarray(start - cached.start, start - cached.start + length);
    }
    // A row just past the cached entries is a walk in order: read a block ahead. Anything else is a
    // lookup among millions of rows, where a block would be read for the one entry it is used for.
    const walking = cached !== null && start >= cached.start && start < cached.start + cached.bytes.length + OFFSET_BLOCK;
    const blockStart = walking ? Math.floor(start / OFFSET_BLOCK) * OFFSET_BLOCK : start;
    const blockLength = walking ? Math.min(OFFSET_BLOCK * 2, this.offsets.length - blockStart) : length;
    const bytes = this.file.read(this.offsets, blockStart, blockLength);
    this.block = { start: blockStart, bytes };
    return bytes.subarray(start - blockStart, start - blockStart + length);
  }

  /** Offset entry `at` of raw offset words. */
  private entry(words: Uint32Array, at: number): number {
    return this.offsetWidth === 4 ? words[at]! : u64FromHalves(words[2 * at]!, words[2 * at + 1]!);
  }

  private offsetsAt(first: number, n: number): Float64Array {
    const raw = this.offsetBytes(first, n);
    const words = new Uint32Array(raw.buffer, raw.byteOffset, raw.length / 4);
    const table = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      table[k] = this.offsetWidth === 4 ? words[k]! : u64FromHalves(words[2 * k]!, words[2 * k + 1]!);
      if (!(table[k]! <= this.bytes.length && (k === 0 || table[k]! >= table[k - 1]!))) {
        throw this.file.corrupt(this.name, `offset entry ${first + k} is out of order or past the bytes part`);
      }
    }
    return table;
  }
}

/** Offset entries read together for get(): rows read in order (a whole-dataset listing) then cost one read each, not two. */
const OFFSET_BLOCK = 4096;

function uniqueSorted(values: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[m - 1]) sorted[m++] = sorted[k]!;
  return sorted.subarray(0, m);
}
