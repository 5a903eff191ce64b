/** Why an index file could not be used; each value is a fact about the file, not advice. */
export type IndexFormatReason =
  | "missing" // no file at the path
  | "unreadable" // the file exists but cannot be opened or read (permissions, a directory, an I/O error)
  | "not-an-index" // the first bytes are not the index magic
  | "version" // an index of another format version
  | "truncated" // shorter than its header records
  | "oversized" // longer than its header records
  | "checksum" // a CRC32 does not match
  | "corrupt" // checksums pass (or were not checked) but the structure is impossible
  | "no-section" // the file has no section of the requested name
  | "incompatible"; // the section exists but is of another kind or was built with other parameters

/** Facts that come with an IndexFormatError, for callers that decide what to do about it. */
export interface IndexFormatFacts {
  readonly section?: string;
  readonly part?: string;
  /** What the reader expected, e.g. the format version or a byte length. */
  readonly expected?: number | string;
  /** What the file holds instead. */
  readonly actual?: number | string;
  readonly cause?: unknown;
}

/** An index file that cannot be used as it is; `reason` says why, `path` which file. */
export class IndexFormatError extends Error {
  readonly section: string | undefined;
  readonly part: string | undefined;
  readonly expected: number | string | undefined;
  readonly actual: number | string | undefined;

  constructor(readonly reason: IndexFormatReason, readonly path: string, detail: string, facts: IndexFormatFacts = {}) {
    super(`${path}: ${reason}${facts.section === undefined ? "" : ` in section ${JSON.stringify(facts.section)}`}: ${detail}`,
      facts.cause === undefined ? undefined : { cause: facts.cause });
    this.name = "IndexFormatError";
    this.section = facts.section;
    this.part = facts.part;
    this.expected = facts.expected;
    this.actual = facts.actual;
  }
}
