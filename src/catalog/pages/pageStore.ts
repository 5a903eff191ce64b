import { chmodSync, closeSync, fsyncSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Film } from "../../films/film";
import type { IdentifiedBy } from "../../pages/identifyPage";
import { overlayFilm } from "../../pages/overlayFilm";
import { compileDataset } from "../compileDataset";
import { sourceIdentity } from "../indexMeta";
import { scanDatasetFile } from "../scanDatasetFile";
import { IndexFile, IndexFormatError } from "../store";
import { createTempFile, discardTempFile } from "../store/tempFile";

/** The imported pages, one JSON object a line: the source of truth the pages' catalogue is made from. */
export const PAGES_FILE = "pages.jsonl";
/** The bundled catalogue with the pages' films merged in and added: a dataset of the bundled schema. */
export const PAGES_DATASET = "pages-catalog.json";
/** That dataset's index; its meta says which bundled dataset it was made from and which films are IMDb titles. */
export const PAGES_INDEX = "pages-catalog.idx";

/** How a page's film stands to the catalogue: a bundled film's, an IMDb title's, or new. */
export type PageMatch = "catalogue" | "IMDb" | "new";

/** One imported page: where it came from, what identified its film, and the film as the page gives it. */
export interface StoredPage {
  /** The page's file name, as the film's sources name it. */
  source: string;
  /** SHA-256 of the page's bytes: the same page imported again changes nothing. */
  hash: string;
  importedAt: string;
  by: IdentifiedBy;
  match: PageMatch;
  /** The IMDb title the film is (match "IMDb"). */
  tconst?: string;
  /** What the page held that the parser could not place. */
  unplaced: string[];
  film: Film;
}

/** What the pages' index records beside the film index's meta. */
export interface PagesMeta {
  /** The size of the bundled dataset the catalogue was made from: another one (a new filmcli) means making it again. */
  bundledSize: number;
  /** IMDb titles that are page films: [tconst, film id]. */
  pageTwins: Array<[string, string]>;
  /** How many films the stored pages make. */
  pageFilms: number;
  /** When the newest stored page was imported (ISO 8601). */
  importedAt: string;
}

const CHUNK = 1 << 20;

/** Calls `each` with every line of a pages file, read a chunk at a time; false when there is no such file. */
export function eachLine(path: string, each: (line: string) => void): boolean {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    const { StringDecoder } = require("node:string_decoder") as typeof import("node:string_decoder");
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0;) {
      const lines = (rest + decoder.write(buffer.subarray(0, n))).split("\n");
      rest = lines.pop()!;
      for (const line of lines) if (line.trim() !== "") each(line);
    }
    rest += decoder.end();
    if (rest.trim() !== "") each(rest);
    return true;
  } finally {
    closeSync(fd);
  }
}

/** Calls `each` with every page stored in a pages file (none when there is no file), one parsed at a time. */
export function eachStoredPage(path: string, each: (page: StoredPage) => void): void {
  eachLine(path, (line) => each(JSON.parse(line) as StoredPage));
}

/** The pages stored in a library folder ([] when none). */
export function readStore(home: string): StoredPage[] {
  const pages: StoredPage[] = [];
  eachStoredPage(join(home, PAGES_FILE), (page) => pages.push(page));
  return pages;
}

/** The imported pages of a library folder: where they are kept, how many films they make, when last imported, and the bytes of the three files. */
export interface PagesInfo {
  path: string;
  films: number;
  importedAt: string;
  bytes: number;
}

/** What the imported pages are, from the pages' index header; null when none were imported. */
export function storedPages(home: string): PagesInfo | null {
  let index: IndexFile;
  try {
    index = IndexFile.open(join(home, PAGES_INDEX), { autoVerifyBytes: 0 });
  } catch (error) {
    if (error instanceof IndexFormatError) return null;
    throw error;
  }
  const meta = (index.meta as { pages?: Partial<PagesMeta> } | null)?.pages;
  index.close();
  if (!meta || typeof meta.pageFilms !== "number" || typeof meta.importedAt !== "string" || meta.pageFilms === 0) return null;
  const bytes = [PAGES_FILE, PAGES_DATASET, PAGES_INDEX].reduce((sum, name) => {
    try { return sum + statSync(join(home, name)).size; } catch { return sum; }
  }, 0);
  return { path: join(home, PAGES_FILE), films: meta.pageFilms, importedAt: meta.importedAt, bytes };
}

/** Deletes the imported pages and their catalogue; false when there were none. The pages file goes first: without it nothing brings them back. */
export function removePages(home: string): boolean {
  let removed = false;
  for (const name of [PAGES_FILE, PAGES_INDEX, PAGES_DATASET]) {
    try {
      unlinkSync(join(home, name));
      removed = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return removed;
}

/** A pages file written beside pages.jsonl: `commit` renames it into place, `discard` deletes it. */
export interface StagedPages {
  path: string;
  commit(): void;
  discard(): void;
}

/** Writes a new pages file beside the stored one (a reader sees the old file until it is committed). */
export function stagePages(home: string, write: (put: (line: string) => void) => void): StagedPages {
  const target = join(home, PAGES_FILE);
  const temp = createTempFile(target);
  let fd: number | null = temp.fd;
  try {
    write((line) => { writeSync(temp.fd, `${line}\n`); });
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    fd = null;
    chmodSync(temp.path, 0o644);
  } catch (error) {
    discardTempFile(fd, temp.path);
    throw error;
  }
  return { path: temp.path, commit: () => renameSync(temp.path, target), discard: () => discardTempFile(null, temp.path) };
}

/**
 * Makes the pages' catalogue from a pages file: the bundled films, each merged with the page film of
 * its id (the page's facts first), then the page films new to it; then its index, whose meta records
 * the bundled dataset's size, the page films that are IMDb titles, their count and the newest import
 * time. The pages file is read twice, a page at a time; only the pages of bundled films are held.
 * Both files are written beside their targets and renamed into place.
 */
export function writePagesCatalog(home: string, bundledFile: string, pagesFile: string): void {
  const byId = new Map<string, Film>();
  const pageTwins: Array<[string, string]> = [];
  let pageFilms = 0;
  let importedAt = "";
  eachStoredPage(pagesFile, (p) => {
    pageFilms++;
    if (p.importedAt > importedAt) importedAt = p.importedAt;
    if (p.tconst !== undefined) pageTwins.push([p.tconst, p.film.id]);
    if (p.match === "catalogue") byId.set(p.film.id, p.film);
  });
  const dataset = join(home, PAGES_DATASET);
  const bundledSize = statSync(bundledFile).size;
  const temp = createTempFile(dataset);
  let fd: number | null = temp.fd;
  try {
    writeSync(temp.fd, '{\n  "schemaVersion": 1,\n  "films": [\n');
    let first = true;
    const put = (film: Film): void => {
      writeSync(temp.fd, `${first ? "" : ",\n"}    ${JSON.stringify(film)}`);
      first = false;
    };
    const merged = new Set<string>();
    scanDatasetFile(bundledFile, bundledSize, (film) => {
      const page = byId.get(film.id);
      if (page) merged.add(film.id);
      put(page ? overlayFilm(page, film) : film);
    });
    eachStoredPage(pagesFile, (p) => { if (!merged.has(p.film.id)) put(p.film); });
    writeSync(temp.fd, "\n  ]\n}\n");
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    fd = null;
    const meta: PagesMeta = { bundledSize, pageTwins, pageFilms, importedAt };
    compileDataset(temp.path, sourceIdentity(statSync(temp.path)), join(home, PAGES_INDEX), home, 0o644, { pages: meta });
    chmodSync(temp.path, 0o644);
    renameSync(temp.path, dataset);
  } catch (error) {
    discardTempFile(fd, temp.path);
    throw error;
  }
}
