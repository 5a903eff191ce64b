import { closeSync, fchmodSync, fsyncSync, ftruncateSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { crc32 } from "./crc32";
import { assertLittleEndian } from "./endianness";
import type { PartEntry, SectionEntry, SectionParams } from "./headerBody";
import { FORMAT_VERSION, SUPERBLOCK_BYTES, encodeSuperblock } from "./superblock";
import { createTempFile, discardTempFile, type RandomName } from "./tempFile";

/** How an IndexWriter lays out and names its file. */
export interface IndexWriterOptions {
  /**
   * Bytes kept free at the start for the superblock and the JSON header (default 16 KiB, a multiple
   * of 8). A header that does not fit is written after the last section instead, costing readers
   * one more read at open.
   */
  readonly headerReserve?: number;
  /** Mode of the finished file; by default it keeps the temporary file's 0600. */
  readonly mode?: number;
  /** Source of the random part of the temporary file's name (tests inject collisions with it). */
  readonly randomName?: RandomName;
}

/** Default bytes reserved for the superblock and header at the start of the file. */
export const DEFAULT_HEADER_RESERVE = 16 * 1024;

const BUFFER_BYTES = 1 << 20;
// One writeSync moves at most 2 GiB - 1; stay well under it.
const MAX_WRITE_BYTES = 1 << 30;

interface OpenPart {
  readonly name: string;
  readonly offset: number;
  crc32: number;
}

interface OpenSection {
  readonly name: string;
  readonly kind: string;
  params: SectionParams;
  readonly parts: PartEntry[];
}

/** Writes all of `bytes` at `position`, looping over short writes and the per-call size limit. */
export function writeFully(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) {
    done += writeSync(fd, bytes, done, Math.min(bytes.length - done, MAX_WRITE_BYTES), position + done);
  }
}

const asBytes = (view: ArrayBufferView): Uint8Array =>
  view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

// Sections are streamed one after another (one section, and within it one part, open at a time) and
// only the section table stays in memory. The temporary file is created exclusively next to the
// target; commit() fsyncs and renames it into place, any error (or abort()) deletes it.
/** Writes one index file: sections made of 8-byte-aligned, CRC-checked parts, then the header. */
export class IndexWriter {
  private fd: number | null;
  private position: number;
  private readonly sections: SectionEntry[] = [];
  private section: OpenSection | null = null;
  private part: OpenPart | null = null;
  private readonly buffer = new Uint8Array(BUFFER_BYTES);
  private bufferUsed = 0;
  // Buffered bytes from here on belong to the open part and are not yet in its CRC.
  private crcFrom = 0;

  private constructor(readonly path: string, readonly tempPath: string, fd: number,
    private readonly reserve: number, private readonly mode: number | undefined) {
    this.fd = fd;
    this.position = reserve;
  }

  /** Starts a new index file for `path` (written to a temporary file until commit). */
  static create(path: string, options: IndexWriterOptions = {}): IndexWriter {
    const reserve = options.headerReserve ?? DEFAULT_HEADER_RESERVE;
    if (!Number.isSafeInteger(reserve) || reserve < SUPERBLOCK_BYTES || reserve % 8 !== 0 || reserve > 2 ** 31) {
      throw new RangeError(`headerReserve must be a multiple of 8 from ${SUPERBLOCK_BYTES} to 2^31: ${reserve}`);
    }
    assertLittleEndian();
    const temp = createTempFile(path, "wx", options.randomName);
    return new IndexWriter(path, temp.path, temp.fd, reserve, options.mode);
  }

  /** Whether the writer still accepts data (not yet committed or aborted). */
  get isOpen(): boolean {
    return this.fd !== null;
  }

  /** Bytes written so far, the reserved header space included. */
  get bytesWritten(): number {
    return this.position;
  }

  /** Opens a section; `params` are small JSON facts for readers (more can be given to endSection). */
  beginSection(name: string, kind: string, params: SectionParams = {}): void {
    this.guard(() => {
      if (this.section !== null) throw new Error(`section ${JSON.stringify(this.section.name)} is still open`);
      if (typeof name !== "string" || name === "") throw new TypeError("a section needs a non-empty name");
      if (typeof kind !== "string" || kind === "") throw new TypeError("a section needs a non-empty kind");
      if (this.sections.some((s) => s.name === name)) throw new Error(`section ${JSON.stringify(name)} was written already`);
      this.section = { name, kind, params: { ...params }, parts: [] };
    });
  }

  /** Opens a part of the open section; the part starts 8-byte aligned. */
  beginPart(name: string): void {
    this.guard(() => {
      const section = this.section;
      if (section === null) throw new Error("no section is open");
      if (this.part !== null) throw new Error(`part ${JSON.stringify(this.part.name)} is still open`);
      if (typeof name !== "string" || name === "" || section.parts.some((p) => p.name === name)) {
        throw new Error(`part name ${JSON.stringify(name)} is empty or repeated in section ${JSON.stringify(section.name)}`);
      }
      this.part = { name, offset: this.position, crc32: 0 };
      this.crcFrom = this.bufferUsed;
    });
  }

  /** Appends bytes (any typed array's bytes, little-endian on little-endian machines) to the open part. */
  write(data: ArrayBufferView): void {
    this.guard(() => {
      if (this.part === null) throw new Error("no part is open");
      this.append(asBytes(data));
    });
  }

  /** Closes the open part: records its length and CRC32, then pads with zeros to 8 bytes. */
  endPart(): void {
    this.guard(() => {
      const part = this.part;
      if (part === null || this.section === null) throw new Error("no part is open");
      part.crc32 = crc32(this.buffer.subarray(this.crcFrom, this.bufferUsed), part.crc32);
      this.section.parts.push({ name: part.name, offset: part.offset, length: this.position - part.offset, crc32: part.crc32 });
      this.part = null;
      this.append(new Uint8Array((8 - (this.position % 8)) % 8));
    });
  }

  /** Writes a whole part at once. */
  writePart(name: string, ...chunks: ArrayBufferView[]): void {
    this.beginPart(name);
    for (const chunk of chunks) this.write(chunk);
    this.endPart();
  }

  /** Closes the open section, merging `params` into the ones given at beginSection. */
  endSection(params: SectionParams = {}): void {
    this.guard(() => {
      const section = this.section;
      if (section === null) throw new Error("no section is open");
      if (this.part !== null) throw new Error(`part ${JSON.stringify(this.part.name)} is still open`);
      this.sections.push({ name: section.name, kind: section.kind, params: { ...section.params, ...params }, parts: section.parts });
      this.section = null;
    });
  }

  /**
   * Writes the header (with `meta`, any JSON value), fsyncs, and renames the temporary file onto the
   * target path, replacing what was there. The writer is closed afterwards.
   */
  commit(meta: unknown = null): void {
    this.guard(() => {
      const fd = this.openFd();
      if (this.section !== null) throw new Error(`section ${JSON.stringify(this.section.name)} is still open`);
      this.flush();
      const body = new TextEncoder().encode(JSON.stringify({ meta: meta ?? null, sections: this.sections }));
      const inReserve = SUPERBLOCK_BYTES + body.length <= this.reserve;
      const bodyOffset = inReserve ? SUPERBLOCK_BYTES : this.position;
      const fileLength = inReserve ? this.position : bodyOffset + body.length + ((8 - (body.length % 8)) % 8);
      writeFully(fd, body, bodyOffset);
      writeFully(fd, encodeSuperblock({ version: FORMAT_VERSION, fileLength, bodyOffset, bodyLength: body.length, bodyCrc32: crc32(body) }), 0);
      // Sets the exact length: covers the zero padding after the header and an empty file's reserve.
      ftruncateSync(fd, fileLength);
      if (this.mode !== undefined) fchmodSync(fd, this.mode);
      fsyncSync(fd);
      closeSync(fd);
      this.fd = null;
      renameSync(this.tempPath, this.path);
    });
    syncDirectory(dirname(this.path));
  }

  /** Deletes the temporary file and closes the writer; harmless when already closed. */
  abort(): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    discardTempFile(fd, this.tempPath);
  }

  private openFd(): number {
    if (this.fd === null) throw new Error("the index writer is closed (committed or aborted)");
    return this.fd;
  }

  // Every public step runs through here so that a failure anywhere leaves no temporary file behind.
  private guard(step: () => void): void {
    this.openFd();
    try {
      step();
    } catch (error) {
      if (this.fd !== null) this.abort();
      else discardTempFile(null, this.tempPath);
      throw error;
    }
  }

  private append(bytes: Uint8Array): void {
    if (bytes.length >= BUFFER_BYTES / 2) {
      this.flush();
      if (this.part !== null) this.part.crc32 = crc32(bytes, this.part.crc32);
      writeFully(this.openFd(), bytes, this.position);
      this.position += bytes.length;
      return;
    }
    if (this.bufferUsed + bytes.length > BUFFER_BYTES) this.flush();
    this.buffer.set(bytes, this.bufferUsed);
    this.bufferUsed += bytes.length;
    this.position += bytes.length;
  }

  private flush(): void {
    if (this.part !== null) this.part.crc32 = crc32(this.buffer.subarray(this.crcFrom, this.bufferUsed), this.part.crc32);
    writeFully(this.openFd(), this.buffer.subarray(0, this.bufferUsed), this.position - this.bufferUsed);
    this.bufferUsed = 0;
    this.crcFrom = 0;
  }
}

/** Makes a rename durable where the platform allows fsync on a directory; best effort elsewhere. */
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open directories this way; the rename itself has happened either way.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Creates the index at `path` with `build` (which returns the meta); if it throws, nothing is left behind. */
export function writeIndexFile(path: string, build: (writer: IndexWriter) => unknown, options: IndexWriterOptions = {}): void {
  const writer = IndexWriter.create(path, options);
  try {
    writer.commit(build(writer));
  } finally {
    writer.abort();
  }
}
