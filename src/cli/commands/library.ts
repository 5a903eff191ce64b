import { join } from "node:path";
import { libraryPath, removeLibrary } from "../../catalog/library/libraryHome";
import { IMDB_ATTRIBUTION } from "../../catalog/library/libraryRecord";
import { lockHome } from "../../catalog/library/homeLock";
import { PAGES_FILE, removePages, storedPages, type PagesInfo } from "../../catalog/pages/pageStore";
import type { LibraryMeta } from "../../catalog/library/librarySections";
import { UsageError } from "../../errors";
import { groupDigits } from "../../render/formatValues";
import { renderTable } from "../../render/renderTable";
import type { Terminal } from "../../render/terminal";
import { defineCommand, found, type CommandContext, type DataOutput } from "../command";

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
  /** The imported film pages (README, "Film pages"): where they are kept, how many films they make, when last imported, their files' bytes; null when none. */
  pages: PagesInfo | null;
}

/** The parts of the library folder `library remove` can name. */
const PARTS = ["imdb", "pages"] as const;
type Part = (typeof PARTS)[number];

/** What `filmcli library remove [part]` did, per part asked for. */
export interface RemoveReport {
  home: string;
  removed: Array<{ part: Part; path: string; removed: boolean }>;
}

const MIB = 2 ** 20;

function renderInfo(info: LibraryInfo, term: Terminal): string {
  const p = info.pages;
  const pages = p === null ? "" : [
    `film pages at ${p.path} (README, "Film pages")`,
    `  imported  ${p.importedAt}`,
    `  size      ${(p.bytes / MIB).toFixed(1)} MiB`,
    `  films     ${groupDigits(p.films)}`,
    "",
  ].join("\n");
  return `${renderImdb(info, term)}${pages}`;
}

function renderImdb(info: LibraryInfo, term: Terminal): string {
  if (!info.present) return `no IMDb library at ${info.path}; build one with filmcli import imdb <folder> (README, "All of IMDb")\n`;
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

const PART_NAMES: Record<Part, string> = { imdb: "the IMDb library", pages: "the imported film pages" };

/** Deletes the parts asked for, holding the folder's lock so that no import renames its files back meanwhile. */
function remove(access: NonNullable<CommandContext["library"]>, parts: readonly Part[]): DataOutput<RemoveReport> {
  access.close();
  const release = lockHome(access.home, false);
  try {
    const removed = parts.map((part) => part === "imdb"
      ? { part, path: libraryPath(access.home), removed: removeLibrary(access.home) }
      : { part, path: join(access.home, PAGES_FILE), removed: removePages(access.home) });
    const messages = removed.map((r) => (r.removed ? `removed ${PART_NAMES[r.part]} at ${r.path}` : `no ${PART_NAMES[r.part].replace(/^the /, "")} at ${r.path}; nothing to remove`));
    return found({ home: access.home, removed }, () => "", messages);
  } finally {
    release();
  }
}

/** `filmcli library [remove [imdb|pages]]`: what the library folder holds, or delete all of it or one part. */
export const libraryCommand = defineCommand({
  name: "library",
  summary: "say what the library holds (IMDb titles and film pages: counts, import time, size, path), or remove it",
  args: "[action...]",
  argsDescription: "remove: delete the IMDb library and the imported film pages; remove imdb, remove pages: only that part",
  options: [],
  examples: ["filmcli library", "filmcli library --json | jq .pages", "filmcli library remove", "filmcli library remove pages"],
  run(words, _options, ctx) {
    const [action, part, ...rest] = words;
    if (!ctx.library) throw new UsageError("library needs a library folder (FILMCLI_HOME)");
    const access = ctx.library;
    const path = libraryPath(access.home);
    if (action === "remove") {
      if (rest.length > 0) throw new UsageError("library remove takes at most one part: imdb or pages");
      if (part !== undefined && !(PARTS as readonly string[]).includes(part)) throw new UsageError(`library remove takes imdb or pages (or nothing, for both), got "${part}"`);
      return remove(access, part === undefined ? PARTS : [part as Part]);
    }
    if (action !== undefined) throw new UsageError(`library takes no argument but remove, got "${action}"`);
    // Opened first: it makes the pages' catalogue again when it is out of date, so that its header is current.
    access.bundled();
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
