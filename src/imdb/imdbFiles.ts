/** The stem of each IMDb dataset file: its name without ".tsv.gz". */
export type ImdbStem =
  | "title.basics"
  | "title.akas"
  | "title.crew"
  | "title.episode"
  | "title.principals"
  | "title.ratings"
  | "name.basics";

/** One IMDb dataset file as data: its name, its exact header, and what it contributes. */
export interface ImdbFileSpec {
  readonly stem: ImdbStem;
  readonly fileName: string;
  readonly columns: readonly string[];
  readonly required: boolean;
  /** What the library gains from this file, so a summary can say what its absence leaves out. */
  readonly adds: string;
}

function spec(stem: ImdbStem, columns: readonly string[], required: boolean, adds: string): ImdbFileSpec {
  return Object.freeze({ stem, fileName: `${stem}.tsv.gz`, columns: Object.freeze([...columns]), required, adds });
}

/** The seven IMDb non-commercial dataset files, in the order an import reads them. */
export const IMDB_FILES: readonly ImdbFileSpec[] = Object.freeze([
  // Every other file hangs off the titles, so only this one is indispensable.
  spec(
    "title.basics",
    ["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"],
    true,
    "the titles themselves: type, primary and original title, years, runtime and genres",
  ),
  spec(
    "title.akas",
    ["titleId", "ordering", "title", "region", "language", "types", "attributes", "isOriginalTitle"],
    false,
    "alternative titles by region and language",
  ),
  spec("title.crew", ["tconst", "directors", "writers"], false, "the directors and writers of each title"),
  spec(
    "title.episode",
    ["tconst", "parentTconst", "seasonNumber", "episodeNumber"],
    false,
    "which series each episode belongs to, with its season and episode number",
  ),
  spec(
    "title.principals",
    ["tconst", "ordering", "nconst", "category", "job", "characters"],
    false,
    "the principal cast and crew of each title, with their jobs and characters",
  ),
  spec("title.ratings", ["tconst", "averageRating", "numVotes"], false, "the average rating and vote count of each title"),
  spec(
    "name.basics",
    ["nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"],
    false,
    "people's names, birth and death years, professions and known-for titles",
  ),
]);

/** The spec of one IMDb file by its stem. */
export function imdbFile(stem: ImdbStem): ImdbFileSpec {
  const found = IMDB_FILES.find((file) => file.stem === stem);
  if (!found) throw new Error(`no IMDb file with stem ${stem}`);
  return found;
}
