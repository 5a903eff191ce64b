import { statSync } from "node:fs";
import { join } from "node:path";
import { DiskCatalog } from "../diskCatalog";
import { FILM_INDEX_VERSION } from "../filmSections";
import { IndexFile, IndexFormatError } from "../store";
import { ImportError } from "../library/importError";
import { PAGES_DATASET, PAGES_FILE, PAGES_INDEX, writePagesCatalog, type PagesMeta } from "./pageStore";

/** The bundled catalogue with the imported pages' films, and which IMDb titles are page films (tconst -> film id). */
export interface PagesCatalog {
  catalog: DiskCatalog;
  pageTwins: ReadonlyMap<string, string>;
}

// As for the bundled index: runs trust the header's CRCs and the sizes (catalog/openCatalog.ts, RUN_TIME).
const RUN_TIME = { autoVerifyBytes: 0 };

/** The pages' meta of an index header, if it is one this program made and it describes the dataset beside it. */
function pagesMeta(index: IndexFile, datasetSize: number | null, bundledSize: number): PagesMeta | undefined {
  const meta = index.meta as { filmIndexVersion?: number; films?: number; source?: { size?: number }; pages?: PagesMeta } | null;
  if (meta === null || typeof meta !== "object" || meta.filmIndexVersion !== FILM_INDEX_VERSION || !meta.pages) return undefined;
  if (meta.source?.size !== datasetSize || meta.pages.bundledSize !== bundledSize || !Array.isArray(meta.pages.pageTwins)) return undefined;
  // An index from before pages' counts were recorded is made again (it then records them).
  if (typeof meta.pages.pageFilms !== "number" || typeof meta.pages.importedAt !== "string") return undefined;
  return meta.pages;
}

const sizeOf = (path: string): number | null => {
  try { return statSync(path).size; } catch { return null; }
};

/**
 * The pages' catalogue in a library folder, or null when no page was ever imported (then this costs
 * one failed open). A damaged index is made again. A catalogue made from another bundled dataset (filmcli was updated), or left
 * half-written, is made again from the stored pages.
 */
export function openPagesCatalog(home: string, bundledFile: string): PagesCatalog | null {
  const indexPath = join(home, PAGES_INDEX);
  const datasetPath = join(home, PAGES_DATASET);
  for (let attempt = 0; ; attempt++) {
    let index: IndexFile | undefined;
    try {
      index = IndexFile.open(indexPath, RUN_TIME);
    } catch (error) {
      if (!(error instanceof IndexFormatError)) throw error;
      // No index, no pages: the index is written before the stored pages, so pages without one were never imported.
      if (error.reason === "missing") return null;
    }
    const meta = index && pagesMeta(index, sizeOf(datasetPath), statSync(bundledFile).size);
    if (index && meta) {
      return { catalog: new DiskCatalog(index, datasetPath, (index.meta as { films: number }).films), pageTwins: new Map(meta.pageTwins) };
    }
    index?.close();
    if (attempt > 0) throw new ImportError({ problem: "bad-library", file: indexPath, detail: `it cannot be made again from ${PAGES_FILE}` });
    try {
      writePagesCatalog(home, bundledFile, join(home, PAGES_FILE));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new ImportError({ problem: "unwritable", dir: home, errno: code });
    }
  }
}
