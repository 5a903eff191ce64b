// The sections a library file (README, "All of IMDb") adds to the film index sections of
// filmSections.ts: the library holds every film section DiskCatalog reads, film records in the
// file itself instead of a dataset file, and what IMDb adds (kinds, alternative titles, people).

/** The version of the library's own sections, kept in its meta; another version is re-imported, not read. */
export const LIBRARY_VERSION = 4;

/** The library file's name inside the library folder. */
export const LIBRARY_FILE = "library.idx";

/** Library sections beside the film sections. */
export const L = {
  /** Each film's record: the compact JSON of its ImdbFacts (libraryRecord.ts). */
  record: "film.record",
  /** Each film's kind, as a code into the meta's `kinds`. */
  kind: "film.kind",
  /** Each film's alternative titles (original and akas), folded, distinct, not its own, joined by "\n". */
  alt: "film.alt",
  /** Folded and normalized alternative titles -> films (verified against film.alt). */
  keyAlt: "key.alt",
  /** Each person's record: the compact JSON of a LibraryPerson. */
  personRecord: "person.record",
  /** The id of the bundled film each film is merged with, or "" (matched at import: unionCatalog.ts). */
  twin: "film.twin",
  /** Bundled film id -> the library film merged with it. */
  keyTwin: "key.twin",
  /** The films merged with a bundled film, ascending (u32): a few thousand among millions, read whole. */
  twinFilms: "film.twinFilms",
  /** Each person's nconst (u32). */
  personNconst: "person.nconst",
  /** nconst -> person. */
  keyPersonId: "key.personId",
} as const;

/** What a library's meta records (in its header), read by `filmcli library`. */
export interface LibraryMeta {
  libraryVersion: number;
  filmIndexVersion: number;
  films: number;
  people: number;
  /** The kind codes of film.kind and of records. */
  kinds: string[];
  /** The principal category codes of records. */
  categories: string[];
  /** Films per kind. */
  kindCounts: Record<string, number>;
  /** When the import finished (ISO 8601). */
  importedAt: string;
  /** Where the files came from: the folder, and the URL when downloaded. */
  source: { dir: string; url?: string };
  /** The IMDb files read, with their rows; absent ones are listed as missing. */
  files: Array<{ file: string; present: boolean; rows: number; kept: number }>;
  /** The title types imported, in words: "all", "all but tvEpisode", "movie, short". */
  importedKinds: string;
}
