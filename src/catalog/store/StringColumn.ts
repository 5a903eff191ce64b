import type { IndexFile } from "./IndexFile";
import { VarColumn } from "./VarColumn";
import { STRING_COLUMN_KIND } from "./varColumnLayout";

const decode = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");

/** Reads a column of N strings: get(i) is at most two reads; getMany batches nearby rows. */
export class StringColumn {
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
    return decode(this.column.get(i));
  }

  /** The strings at `indices` (any order, repeats allowed), in that order. */
  getMany(indices: ArrayLike<number>): string[] {
    return this.column.getMany(indices).map(decode);
  }
}
