import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { crc32 } from "./crc32";
import { assertLittleEndian } from "./endianness";
import { type HeaderBody, type PartEntry, type SectionEntry, parseHeaderBody } from "./headerBody";
import { IndexFormatError } from "./IndexFormatError";
import { decodeSuperblock } from "./superblock";

/** How an IndexFile reads and checks. */
export interface IndexFileOptions {
  /**
   * Parts up to this many bytes are read whole on first access, checked against their CRC32 and
   * kept in memory (default 16 KiB; 0 turns it off). Larger parts are only checked by verify().
   */
  readonly autoVerifyBytes?: number;
  /** Bytes read from offset 0 at open (default 16 KiB); a header beyond them costs one more read. */
  readonly firstReadBytes?: number;
}

// Measured in a fresh process, where the CRC code is not yet compiled: 16 KiB costs ~1 ms, 64 KiB
// ~10 ms, 256 KiB ~20 ms, i.e. more than Node takes to start; larger parts are left to verify().
/** Default size limit for parts checked automatically on first access. */
export const DEFAULT_AUTO_VERIFY_BYTES = 16 * 1024;
const DEFAULT_FIRST_READ_BYTES = 16 * 1024;
const VERIFY_CHUNK_BYTES = 4 << 20;
const MAX_READ_BYTES = 1 << 30;

/** A fresh, zero-offset byte array (so any typed array can view it aligned). */
const freshBytes = (length: number): Uint8Array => new Uint8Array(new ArrayBuffer(length));

/** Reads until `target` is full or the file ends; returns the bytes read. */
function readAt(fd: number, target: Uint8Array, position: number): number {
  let done = 0;
  while (done < target.length) {
    const got = readSync(fd, target, done, Math.min(target.length - done, MAX_READ_BYTES), position + done);
    if (got === 0) break;
    done += got;
  }
  return done;
}

function openError(path: string, error: unknown): IndexFormatError {
  const code = (error as NodeJS.ErrnoException).code;
  return new IndexFormatError(code === "ENOENT" ? "missing" : "unreadable", path,
    code === "ENOENT" ? "no such file" : `cannot be read (${code ?? String(error)})`, { cause: error, actual: code });
}

// Opening costs one open, one read of the first bytes (a second when the header lies beyond them) and
// one fstat; everything else is read on demand. Small parts it has verified stay in memory.
/** An open index file: its meta, section table, and checked positioned reads of its parts. */
export class IndexFile {
  private fd: number | null;
  private readonly byName: ReadonlyMap<string, SectionEntry>;
  private readonly verified = new Map<PartEntry, Uint8Array>();
  private readonly autoVerifyBytes: number;

  private constructor(readonly path: string, fd: number, private readonly header: HeaderBody, readonly size: number, options: IndexFileOptions) {
    this.fd = fd;
    this.byName = new Map(header.sections.map((s) => [s.name, s]));
    this.autoVerifyBytes = options.autoVerifyBytes ?? DEFAULT_AUTO_VERIFY_BYTES;
  }

  /** Opens and checks an index: magic, version, header CRCs, header structure, and the exact file size. */
  static open(path: string, options: IndexFileOptions = {}): IndexFile {
    assertLittleEndian();
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (error) {
      throw openError(path, error);
    }
    try {
      const first = freshBytes(Math.max(options.firstReadBytes ?? DEFAULT_FIRST_READ_BYTES, 64));
      const got = readAt(fd, first, 0);
      const block = decodeSuperblock(first.subarray(0, got), path);
      const size = fstatSync(fd).size;
      if (size !== block.fileLength) {
        throw new IndexFormatError(size < block.fileLength ? "truncated" : "oversized", path,
          `the file is ${size} bytes; its header records ${block.fileLength}`, { expected: block.fileLength, actual: size });
      }
      let body: Uint8Array;
      if (block.bodyOffset + block.bodyLength <= got) {
        body = first.subarray(block.bodyOffset, block.bodyOffset + block.bodyLength);
      } else {
        body = freshBytes(block.bodyLength);
        if (readAt(fd, body, block.bodyOffset) < body.length) throw new IndexFormatError("truncated", path, "the file ends inside its header");
      }
      const actual = crc32(body);
      if (actual !== block.bodyCrc32) throw new IndexFormatError("checksum", path, "header CRC32 mismatch", { expected: block.bodyCrc32, actual });
      return new IndexFile(path, fd, parseHeaderBody(body, block, path), size, options);
    } catch (error) {
      closeSync(fd);
      throw error instanceof IndexFormatError ? error : openError(path, error);
    }
  }

  /** The caller's meta JSON as written by IndexWriter.commit (null when none was given). */
  get meta(): unknown {
    return this.header.meta;
  }

  /** The section table, in the order the sections were written. */
  get sections(): readonly SectionEntry[] {
    return this.header.sections;
  }

  /** Whether the file has a section of this name. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The section named `name`, checked to be of `kind` when given. */
  section(name: string, kind?: string): SectionEntry {
    const section = this.byName.get(name);
    if (section === undefined) throw new IndexFormatError("no-section", this.path, "no such section", { section: name });
    if (kind !== undefined && section.kind !== kind) {
      throw new IndexFormatError("incompatible", this.path, `section is a ${section.kind}, not a ${kind}`, { section: name, expected: kind, actual: section.kind });
    }
    return section;
  }

  /** The part `name` of `section`; a missing part makes the file corrupt. */
  part(section: SectionEntry, name: string): PartEntry {
    const part = section.parts.find((p) => p.name === name);
    if (part === undefined) throw this.corrupt(section.name, `part ${JSON.stringify(name)} is missing`);
    return part;
  }

  /** An IndexFormatError("corrupt") about `section`, for readers that find impossible contents. */
  corrupt(section: string, detail: string, cause?: unknown): IndexFormatError {
    return new IndexFormatError("corrupt", this.path, detail, { section, cause });
  }

  /**
   * `length` bytes at `offset` within `part`, in a fresh array of their own (safe to keep or change,
   * aligned for typed-array views). Small parts are verified and cached on first access.
   */
  read(part: PartEntry, offset: number, length: number): Uint8Array {
    if (!(offset >= 0 && length >= 0 && offset + length <= part.length) || !Number.isSafeInteger(offset + length)) {
      throw new IndexFormatError("corrupt", this.path, `a read of ${length} bytes at ${offset} falls outside part ${JSON.stringify(part.name)} (${part.length} bytes)`,
        { part: part.name });
    }
    if (part.length <= this.autoVerifyBytes) return this.verifiedBytes(part).slice(offset, offset + length);
    const bytes = freshBytes(length);
    this.readFully(bytes, part.offset + offset);
    return bytes;
  }

  /**
   * Checks every part of a section against its CRC32, reading in 4 MiB chunks (a large section costs
   * a full read: call it from a command that checks the index, not on every run).
   */
  verify(name: string): void {
    const section = this.section(name);
    for (const part of section.parts) {
      if (this.verified.has(part)) continue;
      let value = 0;
      const chunk = freshBytes(Math.min(VERIFY_CHUNK_BYTES, part.length));
      for (let done = 0; done < part.length; done += chunk.length) {
        const view = chunk.subarray(0, Math.min(chunk.length, part.length - done));
        this.readFully(view, part.offset + done);
        value = crc32(view, value);
      }
      this.checkCrc(section.name, part, value);
    }
  }

  /** verify() for every section. */
  verifyAll(): void {
    for (const section of this.sections) this.verify(section.name);
  }

  /** Closes the file descriptor; later reads throw. */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private verifiedBytes(part: PartEntry): Uint8Array {
    const cached = this.verified.get(part);
    if (cached !== undefined) return cached;
    const bytes = freshBytes(part.length);
    this.readFully(bytes, part.offset);
    this.checkCrc(this.sectionOf(part), part, crc32(bytes));
    this.verified.set(part, bytes);
    return bytes;
  }

  private checkCrc(section: string, part: PartEntry, actual: number): void {
    if (actual !== part.crc32) {
      throw new IndexFormatError("checksum", this.path, `CRC32 mismatch in part ${JSON.stringify(part.name)}`,
        { section, part: part.name, expected: part.crc32, actual });
    }
  }

  private sectionOf(part: PartEntry): string {
    return this.sections.find((s) => s.parts.includes(part))?.name ?? "";
  }

  private readFully(target: Uint8Array, position: number): void {
    if (this.fd === null) throw new Error(`${this.path}: the index file is closed`);
    let got: number;
    try {
      got = readAt(this.fd, target, position);
    } catch (error) {
      throw openError(this.path, error);
    }
    if (got < target.length) throw new IndexFormatError("truncated", this.path, "the file ended early: it changed after it was opened");
  }
}
