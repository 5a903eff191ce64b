import { importPages, listPages, type PageReport, type PagesImportReport } from "../../catalog/pages/importPages";
import { lockHome } from "../../catalog/library/homeLock";
import type { LibraryAccess } from "../../catalog/library/libraryAccess";
import { UsageError } from "../../errors";
import { groupDigits } from "../../render/formatValues";
import type { DataOutput } from "../command";

const MATCHED: Record<string, string> = {
  catalogue: "merged with the catalogue's film",
  IMDb: "one film with the IMDb title",
  new: "a new film",
};

/** One page's line of the summary, with what it could not place under it. */
function pageLines(page: PageReport): string[] {
  const name = page.file.replace(/^.*\//, "");
  if (page.status === "skipped") {
    const advice = page.problem === "ambiguous" || page.problem === "unidentified" ? "; name it with --title (one page at a time)" : "";
    return [`  ${name}: skipped: ${page.reason}${advice}`, ...page.unplaced.map((u) => `    not placed: ${u}`)];
  }
  const film = page.film!;
  const what = `${MATCHED[page.matched!]}${page.imdbId ? ` ${page.imdbId}` : ""}`;
  const status = page.status === "imported" ? "" : ` (${page.status === "replaced" ? "replaces the older page" : "unchanged: imported before"})`;
  return [
    `  ${name}: ${film.title} (${film.year}), ${film.id}: ${what}, identified by ${page.identifiedBy === "given title" ? "--title" : `its ${page.identifiedBy}`}${status}`,
    ...page.unplaced.map((u) => `    not placed: ${u.length > 100 ? `${u.slice(0, 100)}…` : u}`),
  ];
}

/** The summary for people: the counts, then per page which film it became and what it could not place. */
export function pagesSummary(report: PagesImportReport): string[] {
  const { imported, replaced, unchanged, skipped } = report.counts;
  return [
    `${groupDigits(report.pages.length)} page${report.pages.length === 1 ? "" : "s"}: ${groupDigits(imported)} imported, ${groupDigits(replaced)} replaced, `
      + `${groupDigits(unchanged)} unchanged, ${groupDigits(skipped)} skipped; the pages make ${groupDigits(report.films)} film${report.films === 1 ? "" : "s"} in ${report.home}`,
    ...report.pages.flatMap(pageLines),
  ];
}

/** `filmcli import pages <file|dir>... [--title]`: reads scraped film pages into the library folder. */
export function runImportPages(paths: readonly string[], title: string | undefined, library: LibraryAccess): DataOutput<PagesImportReport> {
  if (paths.length === 0) throw new UsageError("import pages needs page files or folders, e.g. filmcli import pages ~/pages");
  if (title !== undefined && title.trim() === "") throw new UsageError('--title needs the film\'s title, e.g. --title "Mask"');
  if (library.bundledFile === null) throw new UsageError("import pages adds to the bundled catalogue; it cannot be used with --data or FILMCLI_DATA");
  const files = listPages(paths);
  if (title !== undefined && files.length !== 1) throw new UsageError(`--title names the film of one page, but ${files.length} pages were given; import that page on its own`);
  // Locked before the catalogue is read, so that it holds every page another import wrote before.
  const release = lockHome(library.home);
  try {
    return importLocked(files, title, library, library.bundledFile);
  } finally {
    release();
  }
}

function importLocked(files: string[], title: string | undefined, library: LibraryAccess, bundledFile: string): DataOutput<PagesImportReport> {
  const base = library.bundled()!;
  const progress = library.progress;
  const report = importPages({
    files, home: library.home, bundledFile, base, library: library.open(), pageTwins: library.pageTwins(),
    ...(title === undefined ? {} : { title: title.trim() }),
    onProgress: progress ? (done, total, file) => progress(`\r\u001b[2Kpages: ${groupDigits(done)} of ${groupDigits(total)}${file ? ` (${file.replace(/^.*\//, "")})` : ""}`) : undefined,
  });
  progress?.("\r\u001b[2K");
  library.close();
  const placed = report.counts.imported + report.counts.replaced + report.counts.unchanged;
  return { data: report, render: () => "", messages: pagesSummary(report), outcome: placed > 0 || report.pages.length === 0 ? "found" : "nothing" };
}
