import { ExitCode, FilmcliError } from "../../errors";

/** Why an import or the library cannot go on; the previous library is left as it was. */
export type ImportProblem =
  /** The folder to import from does not exist or is not a folder. */
  | { problem: "no-folder"; dir: string }
  /** title.basics is not in the folder. */
  | { problem: "no-basics"; dir: string }
  /** A file's header row is not the one its name promises. */
  | { problem: "wrong-header"; file: string; expected: string[]; got: string[] }
  /** A file cannot be read to its end: a truncated or corrupt gzip, a read error (`code` from the reader). */
  | { problem: "unreadable-file"; file: string; code: string; detail: string; line: number }
  /** A download failed (`detail`: the HTTP status or network error). */
  | { problem: "download"; url: string; detail: string }
  /** The library folder cannot be written. */
  | { problem: "unwritable"; dir: string; errno: string }
  /** A page file or folder named to `import pages` does not exist. */
  | { problem: "no-page"; path: string }
  /** Another import (or removal) is changing the library folder: its lock file is held by a live process. */
  | { problem: "locked"; file: string; pid: number | null }
  /** The library file exists but is damaged or of another version. */
  | { problem: "bad-library"; file: string; detail: string };

function describe(fact: ImportProblem): string {
  switch (fact.problem) {
    case "no-folder": return `${fact.dir}: no such folder`;
    case "no-basics": return `${fact.dir}: title.basics.tsv.gz is not there, and the import needs it`;
    case "wrong-header": return `${fact.file}: the header is not ${fact.file.replace(/^.*\//, "")}'s (expected ${fact.expected.join(" ")}; got ${fact.got.length === 0 ? "an empty file" : fact.got.join(" ")})`;
    case "unreadable-file":
      return fact.code === "Z_BUF_ERROR" || fact.code === "Z_DATA_ERROR"
        ? `${fact.file}: the gzip data is ${fact.code === "Z_BUF_ERROR" ? "truncated" : "corrupt"} after line ${fact.line}`
        : `${fact.file}: cannot be read (${fact.code}: ${fact.detail})`;
    case "download": return `cannot download ${fact.url} (${fact.detail})`;
    case "unwritable": return `${fact.dir}: the library folder cannot be written (${fact.errno})`;
    case "no-page": return `${fact.path}: no such file or folder`;
    case "locked": return `${fact.file}: another process is changing the library folder (pid ${fact.pid ?? "not yet written"})`;
    case "bad-library": return `${fact.file}: the library cannot be read (${fact.detail})`;
  }
}

/** An import (or the library) failed on its data or files: exit 3 (75 while another holds the folder), the previous library untouched. */
export class ImportError extends FilmcliError {
  readonly exitCode: ExitCode;
  constructor(readonly fact: ImportProblem, options?: { cause?: unknown }) {
    super(describe(fact));
    this.exitCode = fact.problem === "locked" ? ExitCode.busy : ExitCode.dataset;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
