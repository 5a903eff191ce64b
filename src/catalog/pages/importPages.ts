import { mkdirSync, readdirSync, readFileSync, statSync, writeSync } from "node:fs";
import { basename, join } from "node:path";
import { FILM_SHAPE } from "../../films/datasetShape";
import type { FilmRef } from "../../films/film";
import { filmRef } from "../../films/film";
import { slugify } from "../../films/foldText";
import { checkShape, type Problem } from "../../films/shape";
import { CandidateList, candidateOf, candidatesFrom } from "../../pages/candidateList";
import type { IdentifiedBy, IdentifyProblem } from "../../pages/identifyPage";
import { readPage } from "../../pages/readPage";
import type { FilmIndex } from "../../search/filmIndex";
import { ImportError } from "../library/importError";
import { createTempFile, discardTempFile, type TempFile } from "../store/tempFile";
import type { LibraryCatalog } from "../library/libraryCatalog";
import { catalogCandidates } from "./catalogCandidates";
import { eachLine, eachStoredPage, PAGES_FILE, stagePages, writePagesCatalog, type PageMatch, type StagedPages, type StoredPage } from "./pageStore";

/** What became of one page. */
export interface PageReport {
  file: string;
  /** SHA-256 of the page's bytes. */
  hash: string;
  /** imported: a film new to the pages; replaced: a newer page for a film imported before; unchanged: this very page was imported before; skipped: nothing identified its film. */
  status: "imported" | "replaced" | "unchanged" | "skipped";
  film: FilmRef | null;
  identifiedBy: IdentifiedBy | null;
  /** What the film is to the rest: a film of the catalogue, an IMDb title of the library, or new. */
  matched: PageMatch | null;
  imdbId: string | null;
  /** What the page held that could not be placed (kept out of the film, listed here). */
  unplaced: string[];
  /** Why the page was skipped, as a code: the page is not text, gives no year, fits several films or none, or makes an invalid film. */
  problem: "not-text" | IdentifyProblem | "invalid" | null;
  /** Why the page was skipped, in words. */
  reason: string | null;
}

/** What an import of pages did. */
export interface PagesImportReport {
  home: string;
  pages: PageReport[];
  counts: { imported: number; replaced: number; unchanged: number; skipped: number };
  /** Films the imported pages make, in all. */
  films: number;
  seconds: number;
}

/** Where to import pages into, and what to identify them against. */
export interface PagesImportOptions {
  /** The page files, in import order (listPages). */
  files: readonly string[];
  home: string;
  /** The bundled dataset file, which the pages' catalogue is made from. */
  bundledFile: string;
  /** The catalogue commands read today (bundled, with the pages imported before). */
  base: FilmIndex;
  library: LibraryCatalog | null;
  pageTwins: ReadonlyMap<string, string>;
  /** The film of the one page (`--title`). */
  title?: string;
  onProgress?: (done: number, total: number, file: string) => void;
}

/** The page files named: files as they are, folders' `.txt` files in name order. */
export function listPages(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new ImportError({ problem: "no-page", path });
    }
    if (!isDir) { files.push(path); continue; }
    for (const name of readdirSync(path).filter((n) => n.endsWith(".txt")).sort()) files.push(join(path, name));
  }
  return files;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** What an import keeps of a stored page: enough to report it unchanged and to place new pages, never its film's record. */
interface KeptPage {
  hash: string;
  by: IdentifiedBy;
  match: PageMatch;
  tconst?: string;
  unplaced: string[];
  film: FilmRef;
}

const keep = (page: StoredPage): KeptPage => ({
  hash: page.hash, by: page.by, match: page.match, ...(page.tconst === undefined ? {} : { tconst: page.tconst }), unplaced: page.unplaced, film: filmRef(page.film),
});

const idOf = (line: string): string => (JSON.parse(line) as StoredPage).film.id;

const writeFailure = (home: string, error: unknown): unknown => {
  const code = (error as NodeJS.ErrnoException).code;
  return code === undefined ? error : new ImportError({ problem: "unwritable", dir: home, errno: code });
};

/** The pages of this import, written to a file of their own as they come, a line each; per film, the line of its newest page. */
interface Batch {
  fresh: TempFile | null;
  lines: number;
  newest: Map<string, number>;
}

/**
 * Reads and identifies the pages, writing the placed ones to the batch's file; returns the reports
 * and the films the pages make. What identifies them (the stored pages' people, the candidates) is
 * let go on return, before the catalogue is made.
 */
function readBatch(options: PagesImportOptions, storePath: string, batch: Batch): { reports: PageReport[]; films: number } {
  const stored = new Map<string, KeptPage>();
  const pageFilms = new CandidateList();
  eachStoredPage(storePath, (page) => {
    stored.set(page.film.id, keep(page));
    pageFilms.add(candidateOf(page.film));
  });
  const byHash = new Map([...stored].map(([id, p]) => [p.hash, id]));
  const candidates = candidatesFrom([pageFilms, catalogCandidates(options.base, options.library, options.pageTwins)]);
  const { createHash } = require("node:crypto") as typeof import("node:crypto");
  const reports: PageReport[] = [];
  const taken = (id: string): boolean => stored.has(id) || options.base.withId(id).length > 0;
  for (const [k, file] of options.files.entries()) {
    options.onProgress?.(k, options.files.length, file);
    const bytes = readFileSync(file);
    const hash = createHash("sha256").update(bytes).digest("hex");
    const report: PageReport = { file, hash, status: "skipped", film: null, identifiedBy: null, matched: null, imdbId: null, unplaced: [], problem: null, reason: null };
    reports.push(report);
    const known = byHash.get(hash);
    if (known !== undefined && stored.has(known)) {
      const page = stored.get(known)!;
      Object.assign(report, { status: "unchanged", film: page.film, identifiedBy: page.by, matched: page.match, imdbId: page.tconst ?? null, unplaced: page.unplaced });
      continue;
    }
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      report.problem = "not-text";
      report.reason = "not UTF-8 text";
      continue;
    }
    const { parsed, identification, film } = readPage(text, basename(file), candidates, options.title);
    report.unplaced = parsed.unplaced;
    if (!identification.found || film === null) {
      report.problem = identification.found ? "invalid" : identification.problem;
      report.reason = identification.found ? "no film" : identification.reason;
      continue;
    }
    const key = identification.match?.key;
    const before = key === undefined ? undefined : stored.get(key);
    let match: PageMatch;
    let tconst: string | undefined;
    if (before) { match = before.match; tconst = before.tconst; film.id = before.film.id; }
    else if (key !== undefined && options.base.withId(key).length > 0) { match = "catalogue"; film.id = key; }
    else {
      match = key === undefined ? "new" : "IMDb";
      tconst = key;
      const id = `${slugify(film.title) || "film"}-${film.year}`;
      film.id = id;
      for (let n = 2; taken(film.id); n++) film.id = `${id}-${n}`;
    }
    const problems: Problem[] = [];
    checkShape(film, FILM_SHAPE, "film", problems, 3);
    if (problems.length > 0) {
      report.problem = "invalid";
      report.reason = `its film is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
      continue;
    }
    const page: StoredPage = {
      source: basename(file), hash, importedAt: new Date().toISOString(), by: identification.by, match,
      ...(tconst === undefined ? {} : { tconst }), unplaced: parsed.unplaced, film,
    };
    const replaced = stored.get(film.id);
    if (replaced) byHash.delete(replaced.hash);
    stored.set(film.id, keep(page));
    byHash.set(hash, film.id);
    if (batch.fresh === null) {
      try {
        mkdirSync(options.home, { recursive: true, mode: 0o700 });
        batch.fresh = createTempFile(storePath);
      } catch (error) {
        throw writeFailure(options.home, error);
      }
    }
    batch.newest.set(film.id, batch.lines++);
    writeSync(batch.fresh.fd, `${JSON.stringify(page)}\n`);
    pageFilms.add(candidateOf(film));
    Object.assign(report, { status: replaced ? "replaced" : "imported", film: filmRef(film), identifiedBy: identification.by, matched: match, imdbId: tconst ?? null });
  }
  return { reports, films: stored.size };
}

/**
 * Imports pages into the library folder, one at a time: each is parsed and its film identified
 * (pages/identifyPage.ts) against the pages imported before, the catalogue and the IMDb library.
 * The same page again changes nothing; a newer page for a film replaces the older. Memory holds the
 * stored pages' keys, hashes and people, not their films: new pages go to a file as they come, and
 * the new pages file is the old one's lines streamed with them; the catalogue is made from it, then
 * both are renamed into place. The caller holds the folder's lock (catalog/library/homeLock.ts).
 */
export function importPages(options: PagesImportOptions): PagesImportReport {
  const started = Date.now();
  const storePath = join(options.home, PAGES_FILE);
  const batch: Batch = { fresh: null, lines: 0, newest: new Map() };
  try {
    const { reports, films } = readBatch(options, storePath, batch);
    options.onProgress?.(options.files.length, options.files.length, "");
    const counts = { imported: 0, replaced: 0, unchanged: 0, skipped: 0 };
    for (const r of reports) counts[r.status]++;
    if (counts.imported + counts.replaced > 0) {
      let staged: StagedPages | undefined;
      try {
        const freshPath = batch.fresh!.path;
        staged = stagePages(options.home, (put) => {
          eachLine(storePath, (line) => { if (!batch.newest.has(idOf(line))) put(line); });
          let n = 0;
          eachLine(freshPath, (line) => { if (batch.newest.get(idOf(line)) === n++) put(line); });
        });
        // The catalogue first: commands know pages by its index, and the stored pages can always remake it.
        writePagesCatalog(options.home, options.bundledFile, staged.path);
        staged.commit();
      } catch (error) {
        staged?.discard();
        throw writeFailure(options.home, error);
      }
    }
    return { home: options.home, pages: reports, counts, films, seconds: (Date.now() - started) / 1000 };
  } finally {
    if (batch.fresh !== null) discardTempFile(batch.fresh.fd, batch.fresh.path);
  }
}
