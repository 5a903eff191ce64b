import { mkdirSync, readdirSync, statSync, unlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { imdbFile, IMDB_FILES, type ImdbStem } from "../../imdb/imdbFiles";
import type { TsvFields } from "../../imdb/splitTsvLine";
import { writeIndexFile } from "../store";
import { FILM_INDEX_VERSION } from "../filmSections";
import { DEFAULT_EXCLUDED_KINDS, ImdbTables } from "./imdbTables";
import { ImportError } from "./importError";
import { LIBRARY_FILE, LIBRARY_VERSION, type LibraryMeta } from "./librarySections";
import { FileTally, locateImdbFiles, readImdbRows, type FileReport, type ImportProgress } from "./readImdbSet";
import type { BundledFilm } from "./matchTwins";
import { readAkasOnWorker, type AkaRead } from "./readAkasOnWorker";
import { writeLibrary } from "./writeLibrary";

/** What to import, from where, into where. */
export interface ImportOptions {
  /** The folder holding the IMDb files. */
  dir: string;
  /** The library folder ($FILMCLI_HOME). */
  home: string;
  /** Title types to import: a list, "all", or undefined for all but tvEpisode. */
  kinds?: string[] | "all";
  /** The URL the files were downloaded from, recorded in the library's meta. */
  url?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called as the library file is being written (after the last file is read). */
  onWriting?: () => void;
  /** The bundled catalogue's films, to find which library titles are the same films (matchTwins.ts). */
  bundled?: readonly BundledFilm[];
  /** Memory for each sorter's in-memory runs before they spill to disk (bytes). */
  sortMemoryBytes?: number;
  /**
   * The worker thread's bundle that reads title.akas while this thread reads the other files; by
   * default the one built beside the program. null, or no such file (running from source): one thread reads all.
   */
  workerFile?: string | null;
}

/** What an import did: per file, and the library it left. */
export interface ImportReport {
  library: string;
  bytes: number;
  films: number;
  people: number;
  kindCounts: Record<string, number>;
  /** Library films merged with a film of the bundled catalogue. */
  merged: number;
  files: FileReport[];
  seconds: number;
}

// The order files are read in: titles first (every other file joins to them), names last (only
// people some imported title credits are kept). title.akas goes to a worker thread when there is one,
// to be read while this thread reads the credits.
const READ_ORDER: ImdbStem[] = ["title.basics", "title.akas", "title.ratings", "title.episode", "title.crew", "title.principals", "name.basics"];
/** The worker's bundle, built by scripts/build.mjs beside the program's. */
const WORKER_FILE = "aka-worker.cjs";
const SORT_MEMORY = 32 * 1024 * 1024;
// A temporary library file older than this was left by an import that was killed: it is removed.
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Which kinds an import keeps. */
export function kindFilter(kinds: string[] | "all" | undefined): (kind: string) => boolean {
  if (kinds === "all") return () => true;
  if (kinds === undefined) return (kind) => !DEFAULT_EXCLUDED_KINDS.includes(kind);
  const wanted = new Set(kinds);
  return (kind) => wanted.has(kind);
}

/** Removes temporary library files left by killed imports (never a recent one: another import may be writing it). */
function removeStaleTemps(home: string): void {
  for (const name of readdirSync(home)) {
    if (!name.startsWith(`.${LIBRARY_FILE}.`) || !name.endsWith(".tmp")) continue;
    const path = join(home, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS) unlinkSync(path);
    } catch { /* gone already */ }
  }
}

/**
 * Imports IMDb's files from a folder into the library: reads each file once, streaming, joins them
 * by title in typed arrays, then writes the library beside the old one and renames it into place.
 * A failure at any point (a wrong header, a damaged gzip, a kill) leaves the previous library as it was.
 */
export async function importImdb(options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  try {
    if (!statSync(options.dir).isDirectory()) throw new ImportError({ problem: "no-folder", dir: options.dir });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError({ problem: "no-folder", dir: options.dir });
  }
  const located = locateImdbFiles(options.dir);
  if (!located.get("title.basics")) throw new ImportError({ problem: "no-basics", dir: options.dir });
  try {
    mkdirSync(options.home, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new ImportError({ problem: "unwritable", dir: options.home, errno: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  removeStaleTemps(options.home);

  const tables = new ImdbTables(kindFilter(options.kinds), options.home);
  try {
    return await importTables(options, tables, located, started);
  } finally {
    tables.dispose();
  }
}

/** Reads the files into the tables, then writes the library from them. */
async function importTables(options: ImportOptions, tables: ImdbTables, located: Map<ImdbStem, string | null>, started: number): Promise<ImportReport> {
  const adders: Record<ImdbStem, (fields: TsvFields, line: number, tally: FileTally) => void> = {
    "title.basics": (f, l, t) => tables.addBasics(f, l, t),
    "title.ratings": (f, l, t) => tables.addRating(f, l, t),
    "title.episode": (f, l, t) => tables.addEpisode(f, l, t),
    "title.crew": (f, l, t) => tables.addCrew(f, l, t),
    "title.principals": (f, l, t) => tables.addPrincipal(f, l, t),
    "title.akas": (f, l, t) => tables.addAka(f, l, t),
    "name.basics": (f, l, t) => tables.addName(f, l, t),
  };
  const reports = new Map<ImdbStem, FileReport>();
  const workerFile = options.workerFile === undefined ? join(__dirname, WORKER_FILE) : options.workerFile;
  let akas: AkaRead | null = null;
  const report = (stem: ImdbStem, path: string | null, tally: FileTally, seconds: number): void => {
    const spec = imdbFile(stem);
    const made = tally.report(path === null ? spec.fileName : basename(path), path !== null, seconds);
    reports.set(stem, path === null ? { ...made, leavesOut: spec.adds } : made);
  };
  try {
    for (const stem of READ_ORDER) {
      const path = located.get(stem) ?? null;
      if (stem === "name.basics" && akas !== null) {
        // The names are read once the worker is done: its titles' memory is back before they come in.
        akas.onProgress = options.onProgress;
        const read = await akas.result;
        tables.useAltTitles(read.alts, read.strings);
        report("title.akas", located.get("title.akas")!, FileTally.from(read.tally), read.seconds);
      }
      if (stem === "title.akas" && path !== null && (akas = readAkasOnWorker(workerFile, { path, ...tables.sharedTitles() })) !== null) continue;
      const tally = new FileTally();
      const fileStarted = Date.now();
      if (path !== null) {
        const add = adders[stem];
        const keyedByTitle = stem !== "title.basics" && stem !== "name.basics";
        await readImdbRows(path, imdbFile(stem), tally, (fields, line) => add(fields, line, tally), options.onProgress,
          keyedByTitle ? (bytes, start, end, number) => tables.leftOut(bytes, start, end, number, tally) : undefined);
      }
      if (stem === "title.basics") tables.titlesDone();
      report(stem, path, tally, (Date.now() - fileStarted) / 1000);
    }
  } finally {
    (akas as AkaRead | null)?.stop();
  }
  tables.finish();

  options.onWriting?.();
  const library = join(options.home, LIBRARY_FILE);
  const files = IMDB_FILES.map((spec) => reports.get(spec.stem)!);
  let counts: ReturnType<typeof writeLibrary> | undefined;
  try {
    writeIndexFile(library, (writer) => {
      counts = writeLibrary(writer, tables, { dir: options.home, memoryLimitBytes: options.sortMemoryBytes ?? SORT_MEMORY }, options.bundled);
      const meta: LibraryMeta & { films: number } = {
        libraryVersion: LIBRARY_VERSION,
        filmIndexVersion: FILM_INDEX_VERSION,
        films: counts.films,
        people: counts.people,
        kinds: tables.kinds.values,
        categories: tables.categories.values,
        kindCounts: counts.kindCounts,
        importedAt: new Date().toISOString(),
        source: { dir: options.dir, ...(options.url ? { url: options.url } : {}) },
        files: files.map((f) => ({ file: f.file, present: f.present, rows: f.rows, kept: f.kept })),
        importedKinds: options.kinds === undefined ? `all but ${DEFAULT_EXCLUDED_KINDS.join(", ")}` : options.kinds === "all" ? "all" : options.kinds.join(", "),
      };
      return meta;
    }, { mode: 0o644 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EACCES" || code === "EROFS" || code === "EDQUOT") {
      throw new ImportError({ problem: "unwritable", dir: options.home, errno: code });
    }
    throw error;
  }
  return {
    library, bytes: statSync(library).size, films: counts!.films, people: counts!.people, kindCounts: counts!.kindCounts, merged: counts!.merged,
    files, seconds: (Date.now() - started) / 1000,
  };
}
