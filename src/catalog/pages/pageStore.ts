import { chmodSync, closeSync, fsyncSync, readFileSync, renameSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Film } from "../../films/film";
import type { IdentifiedBy } from "../../pages/identifyPage";
import { overlayFilm } from "../../pages/overlayFilm";
import { compileDataset } from "../compileDataset";
import { sourceIdentity } from "../indexMeta";
import { scanDatasetFile } from "../scanDatasetFile";
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
}

/** The pages stored in a library folder ([] when none). */
export function readStore(home: string): StoredPage[] {
  let text: string;
  try {
    text = readFileSync(join(home, PAGES_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as StoredPage);
}

/** Where the imported pages are kept and how many films they make; null when none were imported. */
export function storedPages(home: string): { path: string; films: number } | null {
  const films = readStore(home).length;
  return films === 0 ? null : { path: join(home, PAGES_FILE), films };
}

/** Writes a file whole, beside its target then renamed over it: a reader sees the old file or the new one. */
function writeAtomically(target: string, write: (put: (text: string) => void) => void, mode = 0o644): void {
  const temp = createTempFile(target);
  let fd: number | null = temp.fd;
  try {
    write((text) => { writeSync(temp.fd, text); });
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    fd = null;
    chmodSync(temp.path, mode);
    renameSync(temp.path, target);
  } catch (error) {
    discardTempFile(fd, temp.path);
    throw error;
  }
}

/** Replaces the stored pages. */
export function writeStore(home: string, pages: readonly StoredPage[]): void {
  writeAtomically(join(home, PAGES_FILE), (put) => { for (const page of pages) put(`${JSON.stringify(page)}\n`); });
}

/**
 * Makes the pages' catalogue: the bundled films, each merged with the page film of its id (the
 * page's facts first), then the page films new to it; then its index, whose meta records the
 * bundled dataset's size and the page films that are IMDb titles. Both files are written beside
 * their targets and renamed into place.
 */
export function writePagesCatalog(home: string, bundledFile: string, pages: readonly StoredPage[]): void {
  const byId = new Map(pages.map((p) => [p.film.id, p]));
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
      put(page ? overlayFilm(page.film, film) : film);
    });
    for (const page of pages) if (!merged.has(page.film.id)) put(page.film);
    writeSync(temp.fd, "\n  ]\n}\n");
    fsyncSync(temp.fd);
    closeSync(temp.fd);
    fd = null;
    const meta: PagesMeta = {
      bundledSize,
      pageTwins: pages.filter((p) => p.tconst !== undefined).map((p) => [p.tconst!, p.film.id]),
    };
    compileDataset(temp.path, sourceIdentity(statSync(temp.path)), join(home, PAGES_INDEX), home, 0o644, { pages: meta });
    chmodSync(temp.path, 0o644);
    renameSync(temp.path, dataset);
  } catch (error) {
    discardTempFile(fd, temp.path);
    throw error;
  }
}
