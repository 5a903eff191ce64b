import type { IndexWriter } from "./IndexWriter";
import { BLOB_COLUMN_KIND } from "./varColumnLayout";
import { VarColumnStream } from "./VarColumnStream";

/** Writes a column of byte values (records of any size) straight into `writer`; the section stays open until end(). */
export class BlobColumnWriter {
  private readonly stream: VarColumnStream;

  constructor(writer: IndexWriter, name: string) {
    this.stream = new VarColumnStream(writer, name, BLOB_COLUMN_KIND);
  }

  /** Appends one value. */
  add(value: Uint8Array): void {
    this.stream.add(value);
  }

  /** Writes the offsets and closes the section. */
  end(): void {
    this.stream.end();
  }
}
