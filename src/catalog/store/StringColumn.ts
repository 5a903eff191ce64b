import type { IndexFile } from "./IndexFile";
import { VarColumn } from "./VarColumn";
import { STRING_COLUMN_KIND } from "./varColumnLayout";

const decode = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");

// Strings read are kept (up to MEMO_ROWS): a search asks for the same few hundred titles when it checks
// exact titles, scores candidates and ranks them, and each asking would otherwise be reads again.
const MEMO_ROWS = 1 << 16;

/** Reads a column of N strings: get(i) is at most two reads; getMany batches nearby rows; rows read are remembered. */
export class StringColumn {
  private readonly memo = new Map<number, string>();

  private constructor(private readonly column: VarColumn) {}

  /** The string column `name`. Reads nothing. */
  static open(file: IndexFile, name: string): StringColumn {
    return new StringColumn(VarColumn.open(file, name, STRING_COLUMN_KIND));
  }

  /** Rows in the column. */
  get length(): number {
    return this.column.length;
  }

  /** The string at row `i`. */
  get(i: number): string {
    let value = this.memo.get(i);
    if (value === undefined) this.remember(i, (value = decode(this.column.get(i))));
    return value;
  }

  /** The strings at `indices` (any order, repeats allowed), in that order. */
  getMany(indices: ArrayLike<number>): string[] {
    const values: string[] = new Array<string>(indices.length);
    const missing: number[] = [];
    const at: number[] = [];
    for (let k = 0; k < indices.length; k++) {
      const value = this.memo.get(indices[k]!);
      if (value === undefined) { missing.push(indices[k]!); at.push(k); } else values[k] = value;
    }
    if (missing.length === 0) return values;
    const read = this.column.getMany(missing);
    for (let m = 0; m < missing.length; m++) {
      const value = decode(read[m]!);
      values[at[m]!] = value;
      this.remember(missing[m]!, value);
    }
    return values;
  }

  /** The strings at `indices`, as getMany, neither looked up among nor added to those remembered (a listing of every film reads each once). */
  readMany(indices: ArrayLike<number>): string[] {
    return this.column.getMany(indices).map(decode);
  }

  /** The strings of rows `start` … `start + count - 1`, read together and not remembered (a scan of a whole column). */
  getRange(start: number, count: number): string[] {
    return this.column.getRange(start, count).map(decode);
  }

  private remember(i: number, value: string): void {
    if (this.memo.size < MEMO_ROWS) this.memo.set(i, value);
  }
}
