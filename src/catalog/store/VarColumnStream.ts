import { GrowableFloat64Array } from "./growable";
import type { IndexWriter } from "./IndexWriter";
import { writeOffsetsPart } from "./varColumnLayout";

// The bytes go to the file at once; only the end offsets (8 bytes a value) stay in memory.
/** Writes a string or blob column value by value into `writer`, holding its section open until end(). */
export class VarColumnStream {
  private readonly ends = new GrowableFloat64Array();
  private byteLength = 0;

  constructor(private readonly writer: IndexWriter, name: string, kind: string) {
    writer.beginSection(name, kind);
    writer.beginPart("bytes");
  }

  /** Appends one value's bytes. */
  add(bytes: Uint8Array): void {
    this.writer.write(bytes);
    this.byteLength += bytes.length;
    this.ends.push(this.byteLength);
  }

  /** Values added so far. */
  get length(): number {
    return this.ends.length;
  }

  /** Writes the offsets and closes the section. */
  end(): void {
    this.writer.endPart();
    this.writer.endSection(writeOffsetsPart(this.writer, this.ends.view(), this.byteLength));
  }
}
