import { mkdirSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatasetError } from "../errors";
import { Catalog } from "./catalog";
import { INDEX_VERSION, type CatalogIndex, type CoreIndex, type IndexSource } from "./catalogIndex";
import type { Film } from "../films/film";
import { indexDatasetFile } from "./indexDatasetFile";

/** Where an index for a dataset may be found or kept. */
export interface IndexLocation {
  /** A prebuilt index shipped with the dataset (the bundled one, `<base>.core.json` …), trusted while the size agrees. */
  prebuilt?: string;
  /** A folder to keep indexes of other datasets in; null to keep none. */
  cacheDir: string | null;
}

type Part = keyof CatalogIndex;
const PARTS: readonly Part[] = ["details", "text", "core"]; // the core last: it marks the index complete

/** The folder for cached indexes: FILMCLI_CACHE_DIR, else $XDG_CACHE_HOME/filmcli, else ~/.cache/filmcli. */
export function cacheDirFor(env: Record<string, string | undefined>): string | null {
  if (env.FILMCLI_CACHE_DIR !== undefined) return env.FILMCLI_CACHE_DIR === "" ? null : env.FILMCLI_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "filmcli");
  return env.HOME ? join(env.HOME, ".cache", "filmcli") : null;
}

function readPart<T>(base: string, part: Part): T | undefined {
  try {
    return JSON.parse(readFileSync(`${base}.${part}.json`, "utf8")) as T;
  } catch {
    return undefined; // missing, unreadable or damaged: built again
  }
}

/** Writes the three parts of an index; a cache that cannot be written only costs speed. */
export function writeIndex(base: string, index: CatalogIndex): void {
  try {
    for (const part of PARTS) {
      const temporary = `${base}.${part}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(index[part]));
      renameSync(temporary, `${base}.${part}.json`); // readers see a whole file or none
    }
  } catch {
    // Read-only folder, full disk: the next run indexes again.
  }
}

/**
 * Reads film i's own JSON from the dataset file by its byte range. The file is opened once, on the
 * first read, and stays open for the run: commands over every film read thousands of ranges.
 */
function fileLoader(file: string, core: CoreIndex): (i: number) => Film {
  let fd: number | undefined;
  return (i) => {
    fd ??= openSync(file, "r");
    const buffer = Buffer.allocUnsafe(core.length[i]!);
    readSync(fd, buffer, 0, buffer.length, core.offset[i]!);
    return JSON.parse(buffer.toString("utf8")) as Film;
  };
}

const sameSource = (a: IndexSource, b: IndexSource, checkTime: boolean): boolean =>
  a.size === b.size && (!checkTime || a.mtimeMs === b.mtimeMs);

/**
 * Opens a stored index whose core matches the dataset. Its other parts are read when first needed;
 * should one be missing or from another version of the dataset, the whole index is rebuilt then.
 */
function openStored(file: string, base: string, source: IndexSource, checkTime: boolean, rebuild: () => CatalogIndex): Catalog | undefined {
  const core = readPart<CoreIndex>(base, "core");
  if (!core || core.version !== INDEX_VERSION || !Array.isArray(core.id) || !sameSource(core.source, source, checkTime)) return undefined;
  let fresh: CatalogIndex | undefined;
  const part = <K extends "details" | "text">(name: K): CatalogIndex[K] => {
    const stored = readPart<CatalogIndex[K]>(base, name);
    if (stored && sameSource(stored.source, core.source, true)) return stored;
    return (fresh ??= rebuild())[name];
  };
  return new Catalog(core, { details: () => part("details"), text: () => part("text"), film: fileLoader(file, core) });
}

/** A catalogue over an index held in memory, reading films from the file or from `films`. */
function inMemory(file: string, index: CatalogIndex, films?: Film[]): Catalog {
  return new Catalog(index.core, {
    details: () => index.details, text: () => index.text, film: films ? (i) => films[i]! : fileLoader(file, index.core),
  });
}

/**
 * Opens a dataset as a catalogue. The index comes from the prebuilt one, else the cache (kept while
 * the dataset's size and modification time agree), else a scan of the dataset, which is then cached.
 */
export function openCatalog(file: string, location: IndexLocation): Catalog {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    throw DatasetError.unreadable(file, error);
  }
  if (stat.isDirectory()) throw new DatasetError({ problem: "is-directory", file });
  const source: IndexSource = { size: stat.size, mtimeMs: stat.mtimeMs };
  const scan = (): CatalogIndex => indexDatasetFile(file, source).index;

  // The prebuilt index ships with its dataset; unpacking may change times, so only the size is compared.
  const prebuilt = location.prebuilt ? openStored(file, location.prebuilt, source, false, scan) : undefined;
  if (prebuilt) return prebuilt;

  let base: string | undefined;
  if (location.cacheDir) {
    let real = file;
    try { real = realpathSync(file); } catch { /* stat succeeded; keep the path as given */ }
    // Required here: loading crypto costs a run that uses the bundled dataset for nothing.
    const { createHash } = require("node:crypto") as typeof import("node:crypto");
    base = join(location.cacheDir, createHash("sha1").update(real).digest("hex").slice(0, 20));
    const cached = openStored(file, base, source, true, scan);
    if (cached) return cached;
  }
  const { index, films } = indexDatasetFile(file, source);
  if (base && !films) {
    try { mkdirSync(location.cacheDir!, { recursive: true }); } catch { /* writeIndex copes */ }
    writeIndex(base, index);
  }
  return inMemory(file, index, films);
}

/** A catalogue of films already in memory (tests, and datasets built on the fly). */
export function catalogOf(films: readonly Film[], index: CatalogIndex): Catalog {
  return new Catalog(index.core, { details: () => index.details, text: () => index.text, film: (i) => films[i]! });
}
