import type { FilmIndex } from "../../search/filmIndex";
import type { LibraryCatalog } from "./libraryCatalog";

/** What commands that manage the library (import, library) need: where it lives, and the catalogues beside it. */
export interface LibraryAccess {
  /** The library folder ($FILMCLI_HOME, else $XDG_DATA_HOME/filmcli, else ~/.local/share/filmcli). */
  home: string;
  /** The library as it is now, or null when there is none. */
  open(): LibraryCatalog | null;
  /** The bundled catalogue (with the imported pages' films), which an import matches films against; null when --data names another dataset. */
  bundled(): FilmIndex | null;
  /** The bundled dataset file, which the pages' catalogue is made from; null when --data names another dataset. */
  bundledFile: string | null;
  /** IMDb titles that imported pages made films of the catalogue (tconst -> film id); asked after bundled(). */
  pageTwins(): ReadonlyMap<string, string>;
  /** Closes what open() opened, so that the library file can be replaced or removed. */
  close(): void;
  /** Writes a progress line to stderr when it is a terminal; null when it is not (nothing is shown then). */
  progress: ((text: string) => void) | null;
  /** The environment, for downloads (proxies are not used: the files come straight from the URL). */
  env: Record<string, string | undefined>;
}
