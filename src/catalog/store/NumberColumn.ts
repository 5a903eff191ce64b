import type { PartEntry } from "./headerBody";
import type { IndexFile } from "./IndexFile";
import { IndexFormatError } from "./IndexFormatError";
import { NUMBER_TYPES, type NumberArrays, type NumberType, viewAs } from "./numberTypes";
import { NUMBER_COLUMN_KIND } from "./writeNumberColumn";

// get() keeps the last values it read: a get just past them (a walk in order) reads the aligned 4 KiB
// block ahead, so that neighbouring gets cost no further reads; a lookup elsewhere reads its value alone.
const BLOCK_BYTES = 4096;
const MEMO_ROWS = 1 << 16;

/** Reads a column of N numbers of one type: get(i) and getRange(start, count), each at most one read. */
export class NumberColumn<T extends NumberType> {
  readonly length: number;
  private readonly perBlock: number;
  private block: NumberArrays[T] | null = null;
  private readonly memo = new Map<number, number>();
  private blockStart = 0;

  private constructor(private readonly file: IndexFile, readonly name: string, readonly type: T, private readonly part: PartEntry) {
    this.length = part.length / NUMBER_TYPES[type].bytes;
    this.perBlock = BLOCK_BYTES / NUMBER_TYPES[type].bytes;
  }

  /** The number column `name`, which must hold values of `type`. Reads nothing. */
  static open<T extends NumberType>(file: IndexFile, name: string, type: T): NumberColumn<T> {
    const section = file.section(name, NUMBER_COLUMN_KIND);
    if (section.params.type !== type) {
      throw new IndexFormatError("incompatible", file.path, `column holds ${String(section.params.type)}, not ${type}`,
        { section: name, expected: type, actual: String(section.params.type) });
    }
    const part = file.part(section, "values");
    if (part.length !== (section.params.count as number) * NUMBER_TYPES[type].bytes) {
      throw file.corrupt(name, `values part is ${part.length} bytes for ${String(section.params.count)} ${type} values`);
    }
    return new NumberColumn(file, name, type, part);
  }

  /** The value at row `i`. */
  get(i: number): number {
    if (!(Number.isInteger(i) && i >= 0 && i < this.length)) throw new RangeError(`row ${i} is outside column ${this.name} (${this.length} rows)`);
    const known = this.memo.get(i);
    if (known !== undefined) return known;
    let block = this.block;
    if (block === null || i < this.blockStart || i >= this.blockStart + block.length) {
      // A row just past the cached ones is a walk in order: read a block ahead; a lookup reads its value alone.
      const walking = block !== null && i >= this.blockStart && i < this.blockStart + block.length + this.perBlock;
      this.blockStart = walking ? i - (i % this.perBlock) : i;
      this.block = block = this.getRange(this.blockStart, walking ? Math.min(this.perBlock, this.length - this.blockStart) : 1);
      // A value looked up alone is remembered: a search asks a film's votes when it checks exact titles and again when it ranks.
      if (!walking && this.memo.size < MEMO_ROWS) this.memo.set(i, block[0]!);
    }
    return block[i - this.blockStart]!;
  }

  /**
   * The values at `indices` (any order, repeats allowed), in that order: rows within a block of each
   * other share one read, and none is remembered (a listing of every film reads each once).
   */
  readMany(indices: ArrayLike<number>): number[] {
    const n = indices.length;
    const byRow = Array.from({ length: n }, (_, k) => k).sort((a, b) => indices[a]! - indices[b]!);
    const values = new Array<number>(n);
    for (let a = 0; a < n;) {
      let b = a;
      while (b + 1 < n && indices[byRow[b + 1]!]! - indices[byRow[b]!]! <= this.perBlock) b++;
      const first = indices[byRow[a]!]!;
      const span = this.getRange(first, indices[byRow[b]!]! - first + 1);
      for (let k = a; k <= b; k++) values[byRow[k]!] = span[indices[byRow[k]!]! - first]!;
      a = b + 1;
    }
    return values;
  }

  /** `count` values from row `start`, in a new typed array, with one read. */
  getRange(start: number, count: number): NumberArrays[T] {
    if (!(Number.isInteger(start) && Number.isInteger(count) && start >= 0 && count >= 0 && start + count <= this.length)) {
      throw new RangeError(`rows ${start}..${start + count} are outside column ${this.name} (${this.length} rows)`);
    }
    const width = NUMBER_TYPES[this.type].bytes;
    return viewAs(this.type, this.file.read(this.part, start * width, count * width), count);
  }
}
