import type { Stats } from "node:fs";
import { FILM_INDEX_VERSION } from "./filmSections";

/** What identifies a dataset file's contents without reading them: an edit changes size, mtime or ctime (an edit that restores the mtime still moves the ctime), a replacement the inode. */
export interface SourceIdentity {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** What a film index records about itself in its header. */
export interface IndexMeta {
  filmIndexVersion: number;
  films: number;
  source: SourceIdentity;
}

/** The identity of a file as fs.stat reports it. */
export function sourceIdentity(stat: Stats): SourceIdentity {
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, dev: stat.dev };
}

/** Whether an index's meta is of this version and describes the same file contents. */
export function describes(meta: unknown, source: SourceIdentity, compare: "identity" | "size"): meta is IndexMeta {
  if (typeof meta !== "object" || meta === null) return false;
  const m = meta as Partial<IndexMeta>;
  if (m.filmIndexVersion !== FILM_INDEX_VERSION || !Number.isSafeInteger(m.films) || typeof m.source !== "object" || m.source === null) return false;
  const s = m.source;
  if (compare === "size") return s.size === source.size;
  return s.size === source.size && s.mtimeMs === source.mtimeMs && s.ctimeMs === source.ctimeMs && s.ino === source.ino && s.dev === source.dev;
}
