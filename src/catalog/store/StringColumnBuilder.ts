import { GrowableFloat64Array } from "./growable";
import type { IndexWriter } from "./IndexWriter";
import { STRING_COLUMN_KIND, writeOffsetsPart } from "./varColumnLayout";

const CHUNK_BYTES = 4 << 20;

// UTF-8 in 4 MiB chunks and no JS string kept, so that several columns can be filled in one pass.
/** Collects a string column in memory, to be written later with write(). */
export class StringColumnBuilder {
  private readonly chunks: Uint8Array[] = [];
  private current = new Uint8Array(0);
  private used = 0;
  private byteLength = 0;
  private readonly ends = new GrowableFloat64Array();
  private readonly encoder = new TextEncoder();

  /** Values added so far. */
  get length(): number {
    return this.ends.length;
  }

  /** Appends one string, stored as UTF-8 (lone surrogates become U+FFFD). */
  add(value: string): void {
    // A UTF-16 code unit never needs more than 3 UTF-8 bytes.
    if (this.used + value.length * 3 > this.current.length) {
      this.seal();
      this.current = new Uint8Array(Math.max(CHUNK_BYTES, value.length * 3));
    }
    const { written } = this.encoder.encodeInto(value, this.current.subarray(this.used));
    this.used += written;
    this.byteLength += written;
    this.ends.push(this.byteLength);
  }

  /** Writes the column as section `name`; the builder can be dropped afterwards. */
  write(writer: IndexWriter, name: string): void {
    this.seal();
    writer.beginSection(name, STRING_COLUMN_KIND);
    writer.beginPart("bytes");
    for (const chunk of this.chunks) writer.write(chunk);
    writer.endPart();
    writer.endSection(writeOffsetsPart(writer, this.ends.view(), this.byteLength));
  }

  private seal(): void {
    if (this.used > 0) this.chunks.push(this.current.subarray(0, this.used));
    this.current = new Uint8Array(0);
    this.used = 0;
  }
}
