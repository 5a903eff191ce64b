import type { IndexWriter } from "./IndexWriter";
import { STRING_COLUMN_KIND } from "./varColumnLayout";
import { VarColumnStream } from "./VarColumnStream";

// For columns too big to hold; to fill several columns in one pass, use StringColumnBuilder.
/** Writes a string column straight into `writer`; the section stays open until end(). */
export class StringColumnWriter {
  private readonly stream: VarColumnStream;

  constructor(writer: IndexWriter, name: string) {
    this.stream = new VarColumnStream(writer, name, STRING_COLUMN_KIND);
  }

  /** Appends one string, stored as UTF-8 (lone surrogates become U+FFFD). */
  add(value: string): void {
    this.stream.add(Buffer.from(value, "utf8"));
  }

  /** Writes the offsets and closes the section. */
  end(): void {
    this.stream.end();
  }
}
