import type { IndexWriter } from "./IndexWriter";
import { highHalf, lowHalf } from "./u64";

/** Section kind of string columns (UTF-8 values). */
export const STRING_COLUMN_KIND = "strings";
/** Section kind of blob columns (opaque byte values). */
export const BLOB_COLUMN_KIND = "blobs";

/** Offsets are u32 while every value ends below 4 GiB, u64 (two u32 halves) beyond. */
export const U32_OFFSET_LIMIT = 0x1_0000_0000;

/** What a string or blob column records in its params. */
export interface VarColumnParams {
  readonly count: number;
  readonly offsetWidth: 4 | 8;
  readonly byteLength: number;
  readonly [key: string]: unknown;
}

const CHUNK = 1 << 16;

// count + 1 entries: 0, then each value's end offset; u32 or u64 as the total requires.
/** Writes the "offsets" part from the values' end offsets; returns the params readers need. */
export function writeOffsetsPart(writer: IndexWriter, ends: Float64Array, byteLength: number): VarColumnParams {
  const offsetWidth = byteLength < U32_OFFSET_LIMIT ? 4 : 8;
  const perEntry = offsetWidth / 4;
  const chunk = new Uint32Array(CHUNK * perEntry);
  writer.beginPart("offsets");
  writer.write(new Uint32Array(perEntry)); // the start of the first value
  for (let start = 0; start < ends.length; start += CHUNK) {
    const count = Math.min(CHUNK, ends.length - start);
    for (let i = 0; i < count; i++) {
      const end = ends[start + i]!;
      if (perEntry === 1) chunk[i] = end;
      else {
        chunk[2 * i] = lowHalf(end);
        chunk[2 * i + 1] = highHalf(end);
      }
    }
    writer.write(chunk.subarray(0, count * perEntry));
  }
  writer.endPart();
  return { count: ends.length, offsetWidth, byteLength };
}
