import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { IndexFile, type IndexFileOptions } from "../../../src/catalog/store/IndexFile";
import { type IndexWriter, type IndexWriterOptions, writeIndexFile } from "../../../src/catalog/store/IndexWriter";

/** A fresh temporary directory for one test file. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `filmcli-store-${prefix}-`));
}

/** A path for a new index file inside `dir`, unused so far. */
export function freshPath(dir: string): string {
  return join(mkdtempSync(join(dir, "case-")), "index.idx");
}

/** Writes an index at `path` with `build` and opens it. */
export function buildAndOpen(path: string, build: (writer: IndexWriter) => unknown, options: IndexFileOptions = {},
  writerOptions: IndexWriterOptions = {}): IndexFile {
  writeIndexFile(path, build, writerOptions);
  return IndexFile.open(path, options);
}

/** Flips every bit of the byte at `offset` of the file at `path`. */
export function flipByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset] = bytes[offset]! ^ 0xff;
  writeFileSync(path, bytes);
}
