import type { IndexWriter } from "./IndexWriter";
import { NUMBER_TYPES, type NumberType, fitsNumberType } from "./numberTypes";

/** Section kind of number columns. */
export const NUMBER_COLUMN_KIND = "numbers";

const CHUNK = 1 << 16;

// A typed array of exactly that type is written as it is; anything else is checked value by value.
/** Writes `values` as number column `name` of `type`; a value that would wrap is a RangeError. */
export function writeNumberColumn(writer: IndexWriter, name: string, type: NumberType, values: ArrayLike<number>): void {
  const { array: ArrayType } = NUMBER_TYPES[type];
  writer.beginSection(name, NUMBER_COLUMN_KIND, { type, count: values.length });
  writer.beginPart("values");
  if (values instanceof ArrayType) {
    writer.write(values);
  } else {
    const chunk = new ArrayType(Math.min(CHUNK, values.length));
    for (let start = 0; start < values.length; start += chunk.length) {
      const count = Math.min(chunk.length, values.length - start);
      for (let i = 0; i < count; i++) {
        const value = values[start + i]!;
        if (!fitsNumberType(type, value)) throw new RangeError(`column ${JSON.stringify(name)}: value ${value} at ${start + i} does not fit ${type}`);
        chunk[i] = value;
      }
      writer.write(chunk.subarray(0, count));
    }
  }
  writer.endPart();
  writer.endSection();
}
