import { IMDB_DATASETS_URL } from "../../catalog/library/downloadImdb";
import { flag, text, type ParsedOptions } from "../optionSpec";

/** The options of `filmcli import`: declared here for the command (import.ts) and the code it loads on demand (runImport.ts). */
export const IMPORT_OPTIONS = [
  text("kinds", "--kinds <types>", "title types to import, comma-separated (e.g. movie,tvSeries), or all; default: all but tvEpisode"),
  flag("download", "--download", "first download the seven files from IMDb's dataset site (resuming a partial download)"),
  text("from", "--from <url>", `where --download gets the files (default ${IMDB_DATASETS_URL})`),
  text("title", "--title <title>", "import pages: the title of the one page's film, when the page does not identify it"),
] as const;

/** The options of `filmcli import`, parsed. */
export type ImportOptions = ParsedOptions<typeof IMPORT_OPTIONS>;
