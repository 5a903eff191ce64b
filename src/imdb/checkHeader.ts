import type { ImdbFileSpec } from "./imdbFiles";

/** A file's header is not the one its name promises: it is some other file, or IMDb changed the format. */
export class ImdbHeaderError extends Error {
  constructor(
    /** The IMDb file name the header was checked against, e.g. "title.basics.tsv.gz". */
    readonly file: string,
    readonly expected: readonly string[],
    /** The columns found; empty for an empty file. */
    readonly got: readonly string[],
  ) {
    super(`${file}: header is [${got.join(", ")}], expected [${expected.join(", ")}]`);
    this.name = "ImdbHeaderError";
  }
}

/** Throws ImdbHeaderError unless the first line (null: the file had none) is exactly the spec's columns. */
export function checkHeader(spec: ImdbFileSpec, firstLine: string | null): void {
  const got = firstLine === null ? [] : headerColumns(firstLine);
  const matches = got.length === spec.columns.length && got.every((column, i) => column === spec.columns[i]);
  if (!matches) throw new ImdbHeaderError(spec.fileName, spec.columns, got);
}

// A byte-order mark or a CR from an editor re-save does not make it a different file.
function headerColumns(line: string): string[] {
  const start = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = line.endsWith("\r") ? line.length - 1 : line.length;
  return line.slice(start, end).split("\t");
}
