import { mkdirSync, realpathSync, statSync, unlinkSync, type Stats } from "node:fs";
import { join } from "node:path";
import { DatasetError } from "../errors";
import { compileDataset } from "./compileDataset";
import { DiskCatalog } from "./diskCatalog";
import { describes, sourceIdentity, type SourceIdentity } from "./indexMeta";
import { IndexFile, IndexFormatError, murmur3 } from "./store";

/** Where an index for a dataset may be found or kept. */
export interface IndexLocation {
  /** A prebuilt index shipped with the dataset (the bundled one), trusted while the dataset's size agrees. */
  prebuilt?: string;
  /** A folder to keep indexes of other datasets in; null to keep none (each run then indexes afresh). */
  cacheDir: string | null;
  /** Where to build an index that cannot be kept: the system's temporary folder. */
  tempDir: string;
}

/** The folder for cached indexes: FILMCLI_CACHE_DIR, else $XDG_CACHE_HOME/filmcli, else ~/.cache/filmcli. */
export function cacheDirFor(env: Record<string, string | undefined>): string | null {
  if (env.FILMCLI_CACHE_DIR !== undefined) return env.FILMCLI_CACHE_DIR === "" ? null : env.FILMCLI_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "filmcli");
  return env.HOME ? join(env.HOME, ".cache", "filmcli") : null;
}

// A run checks the header's and superblock's CRCs, the file's size and the dataset's identity, and
// every value it reads against its range; part CRCs cost a cold process ~1 ms per 16 KiB (the CRC
// code is not compiled yet), so runs leave them to `verify` (tests, and the build's own check).
const RUN_TIME = { autoVerifyBytes: 0 };

/** The system's temporary folder: TMPDIR, else /tmp. */
export function tempDirFor(env: Record<string, string | undefined>): string {
  return env.TMPDIR || "/tmp";
}

/** What a file that is not a regular one is, in words for the error's facts. */
function kindOf(stat: Stats): string {
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isFIFO()) return "pipe";
  if (stat.isSocket()) return "socket";
  return "special file";
}

/** An index file whose meta describes the dataset, or undefined when it is missing, stale, damaged or of another version. */
function openIndex(path: string, source: SourceIdentity, compare: "identity" | "size"): { index: IndexFile; films: number } | undefined {
  let index: IndexFile;
  try {
    index = IndexFile.open(path, RUN_TIME);
  } catch (error) {
    if (error instanceof IndexFormatError) return undefined;
    throw error;
  }
  const meta = index.meta;
  if (describes(meta, source, compare)) return { index, films: meta.films };
  index.close();
  return undefined;
}

/** The cache file for a dataset: named after its real path, so two names for one file share it. */
function cachePath(cacheDir: string, file: string): string {
  let real = file;
  try { real = realpathSync(file); } catch { /* stat succeeded; keep the path as given */ }
  // murmur3 with four seeds, not a crypto hash: loading node:crypto costs a run several ms, and the name
  // need not be secret, only rarely shared (two paths that share it only take turns rebuilding the cache:
  // an index is used only when its meta describes the file).
  const bytes = Buffer.from(real);
  const name = [1, 2, 3, 4].map((seed) => murmur3(bytes, bytes.length, seed).toString(16).padStart(8, "0")).join("");
  return join(cacheDir, `${name}.idx`);
}

/** Whether an error is the file system refusing a write (the cache cannot be kept there). */
const cannotWrite = (error: unknown): boolean =>
  ["EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOTDIR", "EEXIST"].includes((error as NodeJS.ErrnoException).code ?? "");

/**
 * Opens a dataset as a catalogue. The index comes from the prebuilt one, else the cache (kept while
 * the file's size, times and inode agree), else a build from the dataset, kept in the cache. When the
 * cache cannot be written, the index is built in the temporary folder and removed once open.
 */
export function openCatalog(file: string, location: IndexLocation): DiskCatalog {
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    throw DatasetError.unreadable(file, error);
  }
  if (stat.isDirectory()) throw new DatasetError({ problem: "is-directory", file });
  if (!stat.isFile()) throw new DatasetError({ problem: "not-a-file", file, kind: kindOf(stat) });
  const source = sourceIdentity(stat);

  // The prebuilt index ships with its dataset; unpacking may change times, so only the size is compared.
  const prebuilt = location.prebuilt === undefined ? undefined : openIndex(location.prebuilt, source, "size");
  if (prebuilt) return new DiskCatalog(prebuilt.index, file, prebuilt.films);

  if (location.cacheDir !== null) {
    const path = cachePath(location.cacheDir, file);
    const cached = openIndex(path, source, "identity");
    if (cached) return new DiskCatalog(cached.index, file, cached.films);
    try {
      mkdirSync(location.cacheDir, { recursive: true, mode: 0o700 });
      const meta = compileDataset(file, source, path, location.cacheDir);
      return new DiskCatalog(IndexFile.open(path, RUN_TIME), file, meta.films);
    } catch (error) {
      if (!cannotWrite(error)) throw error;
    }
  }
  // No cache to keep it in: build it in the temporary folder, open it, and let it go.
  const path = join(location.tempDir, `filmcli-${process.pid}-${Date.now()}.idx`);
  const meta = compileDataset(file, source, path, location.tempDir);
  const index = IndexFile.open(path, RUN_TIME);
  unlinkSync(path);
  return new DiskCatalog(index, file, meta.films);
}
