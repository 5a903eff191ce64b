import { readSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { createTempFile, discardTempFile, writeFully, type TempFile } from "../store";

// Growable typed stores for the IMDb import: tens of millions of values in typed arrays and UTF-8
// chunks, never a JS object or string per row (README, "All of IMDb": import budgets).

const grow = (capacity: number, wanted: number): number => Math.max(wanted, 1024, Math.ceil(capacity * 1.5));

type IntArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
type IntArrayClass<T extends IntArray> = { new (length: number): T };

/** A typed array that grows on demand, indexed directly (unset places hold `fill`). */
export class Direct<T extends IntArray> {
  data: T;
  constructor(private readonly Kind: IntArrayClass<T>, private readonly fill: number, initial = 1024) {
    this.data = new Kind(initial);
    if (fill !== 0) this.data.fill(fill);
  }

  get(i: number): number {
    return i < this.data.length ? this.data[i]! : this.fill;
  }

  set(i: number, value: number): void {
    if (i >= this.data.length) {
      const bigger = new this.Kind(grow(this.data.length, i + 1));
      if (this.fill !== 0) bigger.fill(this.fill);
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[i] = value;
  }
}

/** An append-only typed array with random access. */
export class Column<T extends IntArray> {
  data: T;
  length = 0;
  constructor(private readonly Kind: IntArrayClass<T>) {
    this.data = new Kind(1024);
  }

  /** A column holding `values` (not a copy). */
  static of<T extends IntArray>(values: T): Column<T> {
    const column = new Column(values.constructor as IntArrayClass<T>);
    column.data = values;
    column.length = values.length;
    return column;
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.Kind(grow(this.length, this.length + 1));
      bigger.set(this.data as never);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i]!;
  }

  /** The values, trimmed to length (a copy when the buffer is larger). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

const CHUNK_BYTES = 16 << 20;

/** A StringStore's contents, to hand to another thread (StringStore.from): chunks, where they start and end, and each string's start. */
export interface StringStoreParts {
  chunks: Uint8Array[];
  firstOfChunk: number[];
  endOfChunk: number[];
  start: Uint32Array;
}

/** A Grouped's pairs before finish(), to hand to another thread (Grouped.from). */
export interface GroupedParts {
  groups: Uint32Array;
  values: Uint32Array;
}

/**
 * Strings appended in order and read back by number, stored as UTF-8 in 16 MiB chunks. A string costs
 * its bytes and a u32 start: its end is the next string's start, or its chunk's end, and its chunk is
 * found from the first string number of each chunk (a few dozen chunks at most).
 */
export class StringStore {
  private readonly chunks: Buffer[] = [];
  /** The number of each chunk's first string; the chunks' filled ends. */
  private readonly firstOfChunk: number[] = [];
  private readonly endOfChunk: number[] = [];
  private current: Buffer = Buffer.alloc(0);
  private used = 0;
  private readonly start = new Column(Uint32Array);

  /** `shared`: chunks in SharedArrayBuffers, so that parts() hands them to a worker thread without a copy. */
  constructor(private readonly shared = false) {}

  /** A store holding what another's parts() gave (chunks shared or transferred, not copied). */
  static from(parts: StringStoreParts): StringStore {
    const store = new StringStore();
    for (const chunk of parts.chunks) store.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    store.firstOfChunk.push(...parts.firstOfChunk);
    store.endOfChunk.push(...parts.endOfChunk);
    for (const start of parts.start) store.start.push(start);
    store.current = store.chunks[store.chunks.length - 1] ?? Buffer.alloc(0);
    store.used = store.endOfChunk[store.endOfChunk.length - 1] ?? 0;
    return store;
  }

  /** The contents, for StringStore.from on another thread (the starts are a copy; the chunks are the store's own). */
  parts(): StringStoreParts {
    return { chunks: [...this.chunks], firstOfChunk: [...this.firstOfChunk], endOfChunk: [...this.endOfChunk], start: this.start.view().slice() };
  }

  get length(): number {
    return this.start.length;
  }

  /** Appends a string; returns its number. */
  add(value: string): number {
    const most = value.length * 3;
    if (this.chunks.length === 0 || this.used + most > this.current.length) {
      const size = Math.max(CHUNK_BYTES, most);
      this.current = this.shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafe(size);
      this.chunks.push(this.current);
      this.firstOfChunk.push(this.start.length);
      this.endOfChunk.push(0);
      this.used = 0;
    }
    this.start.push(this.used);
    this.used += this.current.write(value, this.used, "utf8");
    this.endOfChunk[this.chunks.length - 1] = this.used;
    return this.start.length - 1;
  }

  get(i: number): string {
    let chunk = this.chunks.length - 1;
    while (this.firstOfChunk[chunk]! > i) chunk--;
    const next = i + 1;
    const end = next < this.start.length && (chunk + 1 >= this.chunks.length || next < this.firstOfChunk[chunk + 1]!) ? this.start.get(next) : this.endOfChunk[chunk]!;
    return this.chunks[chunk]!.toString("utf8", this.start.get(i), end);
  }
}

/** (group, value) pairs collected in any order, then read back group by group, in the order added. */
export class Grouped {
  private groups: Column<Uint32Array> = new Column(Uint32Array);
  private values: Column<Uint32Array> = new Column(Uint32Array);
  private offsets: Uint32Array | null = null;
  private sorted: Uint32Array | null = null;

  get size(): number {
    return this.values.length;
  }

  /** Pairs another Grouped's parts() gave, not yet finished. */
  static from(parts: GroupedParts): Grouped {
    const grouped = new Grouped();
    grouped.groups = Column.of(parts.groups);
    grouped.values = Column.of(parts.values);
    return grouped;
  }

  /** The pairs added so far (before finish()), for Grouped.from on another thread. */
  parts(): GroupedParts {
    return { groups: this.groups.view(), values: this.values.view() };
  }

  add(group: number, value: number): void {
    this.groups.push(group);
    this.values.push(value);
  }

  /** Groups the pairs (a stable counting sort); call once, after the last add. */
  finish(groupCount: number): void {
    const groups = this.groups.view();
    const values = this.values.view();
    const offsets = new Uint32Array(groupCount + 1);
    for (let i = 0; i < groups.length; i++) offsets[groups[i]! + 1]!++;
    for (let g = 0; g < groupCount; g++) offsets[g + 1]! += offsets[g]!;
    const next = offsets.slice(0, groupCount);
    const sorted = new Uint32Array(values.length);
    for (let i = 0; i < groups.length; i++) sorted[next[groups[i]!]!++] = values[i]!;
    this.offsets = offsets;
    this.sorted = sorted;
    this.groups = new Column(Uint32Array);
    this.values = new Column(Uint32Array);
  }

  /** The values of a group, in the order they were added. */
  of(group: number): Uint32Array {
    if (!this.offsets || !this.sorted) return new Uint32Array(0);
    if (group + 1 >= this.offsets.length) return new Uint32Array(0);
    return this.sorted.subarray(this.offsets[group]!, this.offsets[group + 1]!);
  }
}

/** A set of u32 numbers as a growable bitmap. */
export class BitSet {
  private bits = new Uint8Array(1024);

  has(n: number): boolean {
    const byte = n >>> 3;
    return byte < this.bits.length && (this.bits[byte]! & (1 << (n & 7))) !== 0;
  }

  add(n: number): void {
    const byte = n >>> 3;
    if (byte >= this.bits.length) {
      const bigger = new Uint8Array(grow(this.bits.length, byte + 1));
      bigger.set(this.bits);
      this.bits = bigger;
    }
    this.bits[byte]! |= 1 << (n & 7);
  }
}

/** Short strings (kinds, genres, categories) numbered in order of first appearance. */
export class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [];

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

const LOG_BUFFER_BYTES = 1 << 20;

/**
 * Strings appended to a temporary file and read back by position: what the import would otherwise hold
 * per credit and per person (tens of millions of them at full scale) waits on disk, and the page cache,
 * until the library is written. The file is unlinked at once where the OS allows.
 */
export class DiskLog {
  private readonly file: TempFile;
  private readonly unlinked: boolean;
  private buffer = Buffer.allocUnsafe(LOG_BUFFER_BYTES);
  private readBuffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private flushed = 0;

  constructor(dir: string, name: string) {
    this.file = createTempFile(join(dir, name), "wx+");
    let unlinked = true;
    try { unlinkSync(this.file.path); } catch { unlinked = false; }
    this.unlinked = unlinked;
  }

  /** Bytes appended so far: the position of the next string. */
  get size(): number {
    return this.flushed + this.used;
  }

  /** Appends a string; returns its length in bytes (its position is `size` before the call). */
  append(text: string): number {
    if (this.used + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) this.buffer = Buffer.allocUnsafe(text.length * 3);
    }
    const written = this.buffer.write(text, this.used, "utf8");
    this.used += written;
    return written;
  }

  /** The string of `length` bytes at `position`. */
  read(position: number, length: number): string {
    return this.readBytes(position, length).toString("utf8");
  }

  /** The `length` bytes at `position`, in a buffer that the next read reuses. */
  readBytes(position: number, length: number): Buffer {
    if (position + length > this.flushed) this.flush();
    if (length > this.readBuffer.length) this.readBuffer = Buffer.allocUnsafe(length);
    const bytes = this.readBuffer;
    for (let done = 0; done < length;) {
      const got = readSync(this.file.fd, bytes, done, length - done, position + done);
      if (got === 0) throw new Error("the import's temporary file was cut short");
      done += got;
    }
    return bytes.subarray(0, length);
  }

  private flush(): void {
    if (this.used === 0) return;
    writeFully(this.file.fd, this.buffer.subarray(0, this.used), this.flushed);
    this.flushed += this.used;
    this.used = 0;
  }

  /** Closes and deletes the file. */
  dispose(): void {
    discardTempFile(this.file.fd, this.unlinked ? null : this.file.path);
  }
}
