import type { PartEntry } from "./headerBody";
import type { IndexFile } from "./IndexFile";
import { IndexFormatError } from "./IndexFormatError";
import { NUMBER_TYPES, type NumberArrays, type NumberType, viewAs } from "./numberTypes";
import { NUMBER_COLUMN_KIND } from "./writeNumberColumn";

// get() reads the aligned 4 KiB block around a value and keeps the last one: neighbouring gets
// (a page of results, a film's row) then cost no further reads.
const BLOCK_BYTES = 4096;

/** Reads a column of N numbers of one type: get(i) and getRange(start, count), each at most one read. */
export class NumberColumn<T extends NumberType> {
  readonly length: number;
  private readonly perBlock: number;
  private block: NumberArrays[T] | null = null;
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
    if (this.block === null || i < this.blockStart || i >= this.blockStart + this.block.length) {
      this.blockStart = i - (i % this.perBlock);
      this.block = this.getRange(this.blockStart, Math.min(this.perBlock, this.length - this.blockStart));
    }
    return this.block[i - this.blockStart]!;
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
