import { libraryPath, removeLibrary } from "../../catalog/library/libraryHome";
import { IMDB_ATTRIBUTION } from "../../catalog/library/libraryRecord";
import { storedPages } from "../../catalog/pages/pageStore";
import type { LibraryMeta } from "../../catalog/library/librarySections";
import { UsageError } from "../../errors";
import { groupDigits } from "../../render/formatValues";
import { renderTable } from "../../render/renderTable";
import type { Terminal } from "../../render/terminal";
import { defineCommand, found } from "../command";

/** What `filmcli library` reports. */
export interface LibraryInfo {
  path: string;
  present: boolean;
  bytes: number | null;
  importedAt: string | null;
  /** Where the files came from. */
  source: LibraryMeta["source"] | null;
  importedKinds: string | null;
  films: number | null;
  people: number | null;
  /** Films per IMDb title type. */
  kinds: Record<string, number>;
  files: LibraryMeta["files"];
  attribution: string | null;
  /** The imported film pages (README, "Film pages"): where they are kept and how many films they make; null when none. */
  pages: { path: string; films: number } | null;
}

const MIB = 2 ** 20;

function renderInfo(info: LibraryInfo, term: Terminal): string {
  const pages = info.pages === null ? "" : `film pages at ${info.pages.path}: ${groupDigits(info.pages.films)} film${info.pages.films === 1 ? "" : "s"} (README, "Film pages")\n`;
  return `${renderImdb(info, term)}${pages}`;
}

function renderImdb(info: LibraryInfo, term: Terminal): string {
  if (!info.present) return `no library at ${info.path}; build one with filmcli import imdb <folder> (README, "All of IMDb")\n`;
  const lines = [
    `IMDb library at ${info.path}`,
    `  imported  ${info.importedAt} from ${info.source?.url ?? info.source?.dir} (${info.importedKinds})`,
    `  size      ${((info.bytes ?? 0) / MIB).toFixed(1)} MiB`,
    `  titles    ${groupDigits(info.films ?? 0)}; people ${groupDigits(info.people ?? 0)}`,
    "",
  ];
  const kinds = renderTable({
    headers: ["Kind", "Titles"],
    rows: Object.entries(info.kinds).sort((a, b) => b[1] - a[1]).map(([kind, n]) => [kind, groupDigits(n)]),
  }, term);
  const files = info.files.map((f) => `  ${f.file}: ${f.present ? `${groupDigits(f.rows)} rows, ${groupDigits(f.kept)} kept` : "not imported"}`);
  return `${lines.join("\n")}\n${kinds}\n${files.join("\n")}\n\n${info.attribution}\n`;
}

/** `filmcli library [remove]`: what the IMDb library holds, or delete it. */
export const libraryCommand = defineCommand({
  name: "library",
  summary: "say what the IMDb library holds (sources, counts, size, path), or remove it",
  args: "[action]",
  argsDescription: "remove: delete the library",
  options: [],
  examples: ["filmcli library", "filmcli library --json | jq .kinds", "filmcli library remove"],
  run(words, _options, ctx) {
    const [action] = words;
    if (!ctx.library) throw new UsageError("library needs a library folder (FILMCLI_HOME)");
    const access = ctx.library;
    const path = libraryPath(access.home);
    if (action === "remove") {
      access.close();
      const removed = removeLibrary(access.home);
      return found({ path, removed }, () => "", [removed ? `removed the library at ${path}` : `no library at ${path}; nothing to remove`]);
    }
    if (action !== undefined) throw new UsageError(`library takes no argument but remove, got "${action}"`);
    const library = access.open();
    const meta = library?.meta;
    const info: LibraryInfo = {
      path, present: library !== null, bytes: library ? library.file.bytes : null, importedAt: meta?.importedAt ?? null,
      source: meta?.source ?? null, importedKinds: meta?.importedKinds ?? null, films: meta?.films ?? null, people: meta?.people ?? null,
      kinds: meta?.kindCounts ?? {}, files: meta?.files ?? [], attribution: library ? IMDB_ATTRIBUTION : null,
      pages: storedPages(access.home),
    };
    return found(info, renderInfo);
  },
});
