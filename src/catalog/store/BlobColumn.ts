import type { IndexFile } from "./IndexFile";
import { VarColumn } from "./VarColumn";
import { BLOB_COLUMN_KIND } from "./varColumnLayout";

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

/** Reads a column of N byte values (variable-size records): get(i) is at most two reads. */
export class BlobColumn {
  private constructor(private readonly column: VarColumn) {}

  /** The blob column `name`. Reads nothing. */
  static open(file: IndexFile, name: string): BlobColumn {
    return new BlobColumn(VarColumn.open(file, name, BLOB_COLUMN_KIND));
  }

  /** Rows in the column. */
  get length(): number {
    return this.column.length;
  }

  /** The value at row `i`, in a Buffer of its own. */
  get(i: number): Buffer {
    return asBuffer(this.column.get(i));
  }

  /** The values at `indices` (any order, repeats allowed), in that order; nearby ones may share memory. */
  getMany(indices: ArrayLike<number>): Buffer[] {
    return this.column.getMany(indices).map(asBuffer);
  }
}
