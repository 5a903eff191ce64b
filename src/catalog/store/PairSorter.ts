import { join } from "node:path";
import { readSync, unlinkSync } from "node:fs";
import { writeFully } from "./IndexWriter";
import { dedupeSortedPairs, radixSortPairs } from "./radixSortPairs";
import { type RandomName, type TempFile, createTempFile, discardTempFile } from "./tempFile";

/** Where and when a PairSorter moves sorted runs out of memory. */
export interface SpillOptions {
  /** Directory for the (exclusively created, immediately unlinked where the OS allows) run file. */
  readonly dir: string;
  /** Sorted runs held in memory beyond this many bytes go to the run file instead. */
  readonly memoryLimitBytes: number;
  readonly randomName?: RandomName;
}

/** Sizes for a PairSorter. */
export interface PairSorterOptions {
  /**
   * Pairs per sorted run (default 8M: 64 MiB, plus as much again of scratch while sorting). The
   * buffer starts small and grows to this.
   */
  readonly runPairs?: number;
  /** Without it every run stays in memory (8 bytes a distinct pair). */
  readonly spill?: SpillOptions;
}

/** Receives sorted pairs; the arrays are reused after the call returns. */
export type PairBatchHandler = (high: Uint32Array, low: Uint32Array, count: number) => void;

const DEFAULT_RUN_PAIRS = 8 << 20;
const MAX_RUN_PAIRS = 1 << 28;
const BATCH_PAIRS = 1 << 16;
const WINDOW_PAIRS = 1 << 17;

type Run = { readonly words: Uint32Array; readonly count: number } | { readonly fileOffset: number; readonly count: number };

// No JS object per pair: pairs fill a typed buffer, each full buffer is radix-sorted into a run, and
// drain() merges the runs with a heap. With `spill`, runs beyond the memory limit go to a temporary file.
/** Sorts and deduplicates (high, low) u32 pairs, e.g. (hash, value) or (term, film). */
export class PairSorter {
  private words: Uint32Array;
  private scratch: Uint32Array | null = null;
  private used = 0;
  private added = 0;
  private readonly runs: Run[] = [];
  private memoryBytes = 0;
  private spillFile: TempFile | null = null;
  private spillUnlinked = false;
  private spillBytes = 0;
  private closed = false;
  private readonly runPairs: number;

  constructor(private readonly options: PairSorterOptions = {}) {
    this.runPairs = options.runPairs ?? DEFAULT_RUN_PAIRS;
    if (!Number.isInteger(this.runPairs) || this.runPairs < 1 || this.runPairs > MAX_RUN_PAIRS) {
      throw new RangeError(`runPairs must be an integer from 1 to ${MAX_RUN_PAIRS}: ${this.runPairs}`);
    }
    this.words = new Uint32Array(2 * Math.min(1024, this.runPairs));
  }

  /** Pairs added, repeats included. */
  get size(): number {
    return this.added;
  }

  /** Runs written to the spill file so far. */
  get spilledRuns(): number {
    return this.runs.filter((run) => "fileOffset" in run).length;
  }

  /** Adds one pair; both halves must be u32 integers. */
  add(high: number, low: number): void {
    if (high >>> 0 !== high || low >>> 0 !== low) throw new RangeError(`pair halves must be u32 integers: (${high}, ${low})`);
    if (this.used << 1 === this.words.length) this.makeRoom();
    const w = this.used << 1;
    this.words[w] = low;
    this.words[w + 1] = high;
    this.used++;
    this.added++;
  }

  /**
   * Hands every distinct pair to `onBatch` in ascending (high, low) order, in batches, then releases
   * all memory and the spill file. The sorter cannot be used afterwards.
   */
  drain(onBatch: PairBatchHandler): void {
    this.assertOpen();
    try {
      this.sealRun(true);
      this.words = new Uint32Array(0);
      this.scratch = null;
      this.merge(onBatch);
    } finally {
      this.dispose();
    }
  }

  /** Releases memory and deletes the spill file; for builders that are abandoned. */
  dispose(): void {
    this.closed = true;
    this.runs.length = 0;
    this.words = new Uint32Array(0);
    this.scratch = null;
    if (this.spillFile !== null) discardTempFile(this.spillFile.fd, this.spillUnlinked ? null : this.spillFile.path);
    this.spillFile = null;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error("the pair sorter was drained or disposed");
  }

  private makeRoom(): void {
    this.assertOpen();
    const capacity = this.words.length >>> 1;
    if (capacity < this.runPairs) {
      const bigger = new Uint32Array(2 * Math.min(this.runPairs, capacity * 2));
      bigger.set(this.words);
      this.words = bigger;
    } else {
      this.sealRun(false);
    }
  }

  private sealRun(last: boolean): void {
    const n = this.used;
    if (n === 0) return;
    if (this.scratch === null || this.scratch.length < 2 * n) this.scratch = new Uint32Array(this.words.length);
    const sorted = radixSortPairs(this.words, this.scratch, n);
    const other = sorted === this.words ? this.scratch : this.words;
    const count = dedupeSortedPairs(sorted, n);
    this.used = 0;
    const spill = this.options.spill;
    if (!last && spill !== undefined && this.memoryBytes + count * 8 > spill.memoryLimitBytes) {
      const fileOffset = this.spillBytes;
      writeFully(this.spillFd(spill), new Uint8Array(sorted.buffer, sorted.byteOffset, count * 8), fileOffset);
      this.spillBytes += count * 8;
      this.runs.push({ fileOffset, count });
      this.words = sorted;
      this.scratch = other;
    } else {
      // Copy to the exact size only when that frees much: a run keeps its buffer otherwise.
      const words = count * 2 < sorted.length / 2 ? sorted.slice(0, count * 2) : sorted.subarray(0, count * 2);
      this.runs.push({ words, count });
      this.memoryBytes += words.buffer.byteLength;
      this.words = other;
      this.scratch = null;
    }
  }

  private spillFd(spill: SpillOptions): number {
    if (this.spillFile === null) {
      this.spillFile = createTempFile(join(spill.dir, "filmcli-pairs"), "wx+", spill.randomName);
      // Unlinked at once where the OS allows, so that not even a crash leaves it behind.
      try {
        unlinkSync(this.spillFile.path);
        this.spillUnlinked = true;
      } catch { /* Windows: deleted by dispose() */ }
    }
    return this.spillFile.fd;
  }

  private merge(onBatch: PairBatchHandler): void {
    const k = this.runs.length;
    if (k === 0) return;
    const outHigh = new Uint32Array(BATCH_PAIRS);
    const outLow = new Uint32Array(BATCH_PAIRS);
    let out = 0;
    // Cursor state per run: its current window of words, position, and the pair at the position.
    const windows: Uint32Array[] = [];
    const pos = new Float64Array(k);
    const loaded = new Float64Array(k);
    const headHigh = new Float64Array(k);
    const headLow = new Float64Array(k);
    const heap = new Int32Array(k);
    let size = 0;
    const refill = (r: number): boolean => {
      const run = this.runs[r]!;
      if (!("fileOffset" in run)) return false;
      const n = Math.min(WINDOW_PAIRS, run.count - loaded[r]!);
      if (n === 0) return false;
      const window = windows[r]!;
      const bytes = new Uint8Array(window.buffer, 0, n * 8);
      for (let done = 0; done < bytes.length;) {
        const got = readSync(this.spillFile!.fd, bytes, done, bytes.length - done, run.fileOffset + loaded[r]! * 8 + done);
        if (got === 0) throw new Error("the pair sorter's spill file was cut short");
        done += got;
      }
      windows[r] = new Uint32Array(window.buffer, 0, 2 * n);
      loaded[r]! += n;
      pos[r] = 0;
      return true;
    };
    const less = (a: number, b: number): boolean =>
      headHigh[a]! < headHigh[b]! || (headHigh[a] === headHigh[b] && headLow[a]! < headLow[b]!);
    const siftDown = (): void => {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) return;
        const child = l + 1 < size && less(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!less(heap[child]!, heap[i]!)) return;
        const t = heap[i]!;
        heap[i] = heap[child]!;
        heap[child] = t;
        i = child;
      }
    };
    for (let r = 0; r < k; r++) {
      const run = this.runs[r]!;
      if ("fileOffset" in run) {
        windows.push(new Uint32Array(2 * WINDOW_PAIRS));
        if (!refill(r)) continue;
      } else {
        windows.push(run.words);
        loaded[r] = run.count;
      }
      if (run.count === 0) continue;
      headLow[r] = windows[r]![0]!;
      headHigh[r] = windows[r]![1]!;
      heap[size++] = r;
      // Sift up.
      for (let i = size - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        const t = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = t;
        i = parent;
      }
    }
    let lastHigh = -1;
    let lastLow = -1;
    while (size > 0) {
      const r = heap[0]!;
      const high = headHigh[r]!;
      const low = headLow[r]!;
      if (high !== lastHigh || low !== lastLow) {
        outHigh[out] = high;
        outLow[out] = low;
        if (++out === BATCH_PAIRS) {
          onBatch(outHigh, outLow, out);
          out = 0;
        }
        lastHigh = high;
        lastLow = low;
      }
      let p = pos[r]! + 2;
      if (p >= windows[r]!.length) {
        if (refill(r)) p = 0;
        else {
          heap[0] = heap[--size]!;
          siftDown();
          continue;
        }
      }
      pos[r] = p;
      headLow[r] = windows[r]![p]!;
      headHigh[r] = windows[r]![p + 1]!;
      siftDown();
    }
    if (out > 0) onBatch(outHigh, outLow, out);
  }
}
