import { defineCommand } from "../command";
import { IMPORT_OPTIONS } from "./importOptions";

export type { ImportResult } from "./runImport";

/** `filmcli import imdb <dir>`: builds the IMDb library from IMDb's dataset files. */
export const importCommand = defineCommand({
  name: "import",
  summary: "build the library from IMDb's dataset files, or add scraped film pages to it (README, \"All of IMDb\", \"Film pages\")",
  args: "<source...>",
  argsDescription: "imdb, then the folder holding IMDb's .tsv.gz files (with --download: where to put them); or pages, then page files or folders of them",
  options: IMPORT_OPTIONS,
  examples: ["filmcli import imdb ~/Downloads/imdb", "filmcli import imdb --download", "filmcli import imdb ~/imdb --kinds all --json | jq .films", "filmcli import pages ~/pages", "filmcli import pages page.txt --title \"Mask\""],
  run() {
    throw new Error("import runs asynchronously (runAsync)");
  },
  // The import's code (readers, writer, downloader) is loaded only by an import: other runs never read it.
  async runAsync(words, options, ctx) {
    return (await import("./runImport")).runImport(words, options, ctx);
  },
});
