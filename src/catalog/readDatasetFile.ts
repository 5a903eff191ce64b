import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { join } from "node:path";
import { DatasetError } from "../errors";

// V8 cannot hold a string much over 512 MiB: whole-file reads (validate) refuse larger files.
export const MAX_DATASET_BYTES = 512 * 1024 * 1024;

/** `--data -` copies stdin to a private temporary file of at most this many bytes. */
export const MAX_STDIN_BYTES = 1024 * 1024 * 1024;

/** The name a dataset read from stdin goes by in messages. */
export const STDIN_NAME = "stdin";

/** What a file that is not a regular one is, in words for the error's facts. */
export function fileKind(stat: Stats): string {
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isFIFO()) return "pipe";
  if (stat.isSocket()) return "socket";
  return "special file";
}

/** Refuses anything but a regular file: a directory, a device, a pipe or a socket. */
export function requireRegularFile(file: string, stat: Stats): void {
  if (stat.isDirectory()) throw new DatasetError({ problem: "is-directory", file });
  if (!stat.isFile()) throw new DatasetError({ problem: "not-a-file", file, kind: fileKind(stat) });
}

/** The offset of the first byte of `bytes` that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    // How many continuation bytes follow a lead byte; -1 for a byte that cannot lead.
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    const second = bytes[i + 1]!;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) return i;
    for (let k = 2; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Decodes dataset bytes as UTF-8, refusing what is not: a replacement character would silently
 * change the data. `base` is the bytes' offset in the file, for the message.
 */
export function decodeUtf8(bytes: Buffer, file: string, base = 0): string {
  const text = bytes.toString("utf8");
  // Only text holding U+FFFD can have been repaired; genuine U+FFFD is checked byte by byte.
  if (text.includes("\ufffd")) {
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) throw new DatasetError({ problem: "not-utf8", file, offset: base + bad });
  }
  return text;
}

/** Parses dataset text, turning JSON syntax errors into one line that names the file. */
export function parseDatasetText(text: string, name: string): unknown {
  if (text.startsWith("\ufeff")) throw new DatasetError({ problem: "byte-order-mark", file: name });
  if (text.trim() === "") throw new DatasetError({ problem: "empty", file: name });
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetError({ problem: "not-json", file: name, reason });
  }
}

/**
 * Reads and parses a dataset file without validating it; every failure is a DatasetError naming the
 * file (`name`, when it goes by another name in messages, e.g. stdin).
 */
export function readDatasetFile(file: string, name = file): unknown {
  let bytes: Buffer;
  try {
    // Checked before opening (opening a pipe would wait for a writer), and again by descriptor,
    // so that the file checked is the file read.
    requireRegularFile(name, statSync(file));
    const fd = openSync(file, "r");
    try {
      const stat = fstatSync(fd);
      requireRegularFile(name, stat);
      if (stat.size > MAX_DATASET_BYTES) {
        throw new DatasetError({ problem: "too-large", file: name, bytes: stat.size, limit: MAX_DATASET_BYTES });
      }
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof DatasetError) throw error;
    throw DatasetError.unreadable(name, error);
  }
  return parseDatasetText(decodeUtf8(bytes, name), name);
}

/** A chunk source: process.stdin, or a fake in tests. */
export type ByteSource = AsyncIterable<Buffer | string>;

/** A dataset copied from stdin into a private file; `dispose` removes it. */
export interface StdinDataset {
  path: string;
  dispose(): void;
}

/**
 * Copies a dataset piped to stdin into a private temporary folder (0700, file 0600), at most
 * MAX_STDIN_BYTES, so that it can be indexed and read by byte range like any file. A stream whose
 * first byte cannot begin a dataset is refused at once (`filmcli --data - < /dev/zero`).
 */
export async function copyStdinDataset(source: ByteSource, tempDir: string, limit = MAX_STDIN_BYTES): Promise<StdinDataset> {
  const dir = mkdtempSync(join(tempDir, "filmcli-stdin-"));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, "stdin.json");
  try {
    const fd = openSync(path, "wx", 0o600);
    try {
      let total = 0;
      let started = false;
      for await (const chunk of source) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        if (!started) {
          const first = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
          if (first >= 0) {
            started = true;
            if (bytes[first] !== 0x7b && bytes[first] !== 0xef) {
              throw new DatasetError({ problem: "not-json", file: STDIN_NAME, reason: "the dataset is not a JSON object" });
            }
          }
        }
        total += bytes.length;
        if (total > limit) throw new DatasetError({ problem: "stdin-too-large", file: STDIN_NAME, limit });
        for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
      }
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    dispose();
    if (error instanceof DatasetError) throw error;
    throw DatasetError.unreadable(STDIN_NAME, error);
  }
  return { path, dispose };
}
