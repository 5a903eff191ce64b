import { existsSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { FILM_INDEX_VERSION } from "../filmSections";
import { IndexFile, IndexFormatError } from "../store";
import { ImportError } from "./importError";
import type { FilmIndex } from "../../search/filmIndex";
import { LibraryCatalog } from "./libraryCatalog";
import { UnionCatalog } from "./unionCatalog";
import { LIBRARY_FILE, LIBRARY_VERSION, type LibraryMeta } from "./librarySections";

/** The library folder: FILMCLI_HOME, else $XDG_DATA_HOME/filmcli, else ~/.local/share/filmcli. */
export function libraryHomeFor(env: Record<string, string | undefined>): string {
  if (env.FILMCLI_HOME) return env.FILMCLI_HOME;
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, "filmcli");
  return join(env.HOME ?? "/", ".local", "share", "filmcli");
}

/** The library file in a library folder. */
export const libraryPath = (home: string): string => join(home, LIBRARY_FILE);

// As for the dataset index: runs trust the header's and superblock's CRCs and the sizes; parts are
// checked by ranges as they are read (catalog/openCatalog.ts, RUN_TIME).
const RUN_TIME = { autoVerifyBytes: 0 };

/** Whether a header's meta is a library this program reads. */
function isLibraryMeta(meta: unknown): meta is LibraryMeta {
  const m = meta as Partial<LibraryMeta> | null;
  return typeof m === "object" && m !== null && m.libraryVersion === LIBRARY_VERSION && m.filmIndexVersion === FILM_INDEX_VERSION
    && Number.isSafeInteger(m.films) && Array.isArray(m.kinds) && Array.isArray(m.categories);
}

/**
 * The library in a folder, or null when there is none. A library that cannot be read (damaged, or
 * written by another version) is an ImportError that says to import again.
 */
export function openLibrary(home: string): LibraryCatalog | null {
  const path = libraryPath(home);
  let index: IndexFile;
  try {
    index = IndexFile.open(path, RUN_TIME);
  } catch (error) {
    if (error instanceof IndexFormatError && error.reason === "missing") return null;
    if (error instanceof IndexFormatError) throw new ImportError({ problem: "bad-library", file: path, detail: error.message }, { cause: error });
    throw error;
  }
  if (!isLibraryMeta(index.meta)) {
    index.close();
    throw new ImportError({ problem: "bad-library", file: path, detail: "written by another version of filmcli" });
  }
  return new LibraryCatalog(index, index.meta);
}

/** Deletes the library; false when there was none. */
export function removeLibrary(home: string): boolean {
  const path = libraryPath(home);
  if (!existsSync(path)) return false;
  unlinkSync(path);
  return true;
}

/** The catalogue commands read: the dataset alone, or with the library when there is one (`pageTwins`: IMDb titles that are page films). */
export function unionWith(dataset: FilmIndex, library: LibraryCatalog | null, pageTwins?: ReadonlyMap<string, string>): FilmIndex {
  return library === null ? dataset : new UnionCatalog(dataset, library, pageTwins);
}
