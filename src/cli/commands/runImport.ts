import { join } from "node:path";
import { downloadImdb, IMDB_DATASETS_URL, type DownloadProgress, type DownloadReport } from "../../catalog/library/downloadImdb";
import { importImdb, type ImportReport } from "../../catalog/library/importImdb";
import { withHomeLock } from "../../catalog/library/homeLock";
import type { LibraryAccess } from "../../catalog/library/libraryAccess";
import { IMDB_ATTRIBUTION } from "../../catalog/library/libraryRecord";
import type { BundledFilm } from "../../catalog/library/matchTwins";
import type { ImportProgress } from "../../catalog/library/readImdbSet";
import { UsageError } from "../../errors";
import type { FilmIndex } from "../../search/filmIndex";
import { groupDigits } from "../../render/formatValues";
import { found, type CommandContext, type CommandOutput, type DataOutput } from "../command";
import type { ImportOptions } from "./importOptions";
import { runImportPages } from "./importPages";

const MIB = 2 ** 20;

/** The import's report, with the download's when there was one. */
export interface ImportResult extends ImportReport {
  downloaded?: DownloadReport[];
}

/** "12.3 s", "4 min 05 s". */
function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}

const size = (bytes: number): string => (bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(2)} GiB` : `${(bytes / MIB).toFixed(1)} MiB`);

/** The summary for people: what each file gave, what was skipped and why (with line numbers), and the library made. */
export function importSummary(report: ImportResult): string[] {
  const lines = [
    `imported ${groupDigits(report.films)} titles and ${groupDigits(report.people)} people in ${duration(report.seconds)}; `
      + `library ${size(report.bytes)} at ${report.library}`,
  ];
  if (report.merged > 0) lines.push(`  ${groupDigits(report.merged)} of them are films of the bundled catalogue too, shown as one film with both sources`);
  for (const file of report.files) {
    if (!file.present) {
      lines.push(`  ${file.file}: not found; the library goes without ${file.leavesOut}`);
      continue;
    }
    const skipped = file.rows - file.kept;
    lines.push(`  ${file.file}: ${groupDigits(file.rows)} rows read, ${groupDigits(file.kept)} kept, ${groupDigits(skipped)} skipped (${duration(file.seconds)})`);
    for (const skip of file.skipped) {
      lines.push(`    ${groupDigits(skip.rows)} skipped: ${skip.reason} (line${skip.lines.length > 1 ? "s" : ""} ${skip.lines.join(", ")}${skip.rows > skip.lines.length ? ", …" : ""})`);
    }
  }
  lines.push(IMDB_ATTRIBUTION);
  return lines;
}

/** A progress line, rewritten in place: file, rows, rows/s, percent of bytes, time left. */
function progressLine(p: ImportProgress): string {
  const share = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0;
  const rate = p.seconds > 0 ? p.rows / p.seconds : 0;
  const left = share > 0.01 ? (p.seconds / share) * (1 - share) : null;
  return `\r\u001b[2K${p.file}: ${groupDigits(p.rows)} rows, ${groupDigits(Math.round(rate))} rows/s, ${Math.floor(share * 100)}%`
    + `${left === null ? "" : `, ${duration(left)} left`}`;
}

function downloadLine(p: DownloadProgress): string {
  const share = p.totalBytes ? ` of ${size(p.totalBytes)} (${Math.floor((p.bytes / p.totalBytes) * 100)}%)` : "";
  const rate = p.seconds > 0 ? `, ${size(p.bytes / p.seconds)}/s` : "";
  return `\r\u001b[2Kdownloading ${p.file}: ${size(p.bytes)}${share}${rate}`;
}

/** The bundled films an import matches library titles against (none with --data). */
function bundledFilms(bundled: FilmIndex | null): BundledFilm[] {
  if (bundled === null) return [];
  const all = Array.from({ length: bundled.size }, (_, i) => i);
  return bundled.refs(all).map((ref, i) => ({ ...ref, directors: bundled.listValues(i).directors }));
}

/** The library access, which only the real program (cli/main.ts) provides. */
function access(library: LibraryAccess | undefined): LibraryAccess {
  if (!library) throw new UsageError("import needs a library folder (FILMCLI_HOME)");
  return library;
}

/** What `filmcli import` does: checks its words and options, then imports IMDb's files or film pages. */
export async function runImport(words: readonly string[], options: ImportOptions, ctx: CommandContext): Promise<CommandOutput> {
  const [source, dirWord, ...rest] = words;
  if (source === "pages") {
    if (options.kinds !== undefined || options.download || options.from !== undefined) throw new UsageError("--kinds, --download and --from are for import imdb");
    return runImportPages(words.slice(1), options.title, access(ctx.library));
  }
  if (options.title !== undefined) throw new UsageError("--title is for import pages");
  if (source !== "imdb") throw new UsageError(`import reads IMDb's datasets or film pages: filmcli import imdb <folder>, or filmcli import pages <files or folders>${source ? `; got "${source}"` : ""}`);
  if (rest.length > 0) throw new UsageError("import imdb takes one folder");
  if (options.from !== undefined && !options.download) throw new UsageError("--from is where --download gets the files; add --download");
  const library = access(ctx.library);
  if (dirWord === undefined && !options.download) throw new UsageError("import imdb needs the folder holding IMDb's files, e.g. filmcli import imdb ~/Downloads/imdb (or --download)");
  const dir = dirWord ?? join(library.home, "imdb-files");
  const kinds = options.kinds === undefined ? undefined : options.kinds.trim() === "all" ? "all" as const : options.kinds.split(",").map((k) => k.trim()).filter(Boolean);
  if (Array.isArray(kinds) && kinds.length === 0) throw new UsageError("--kinds needs title types, e.g. --kinds movie,tvSeries, or --kinds all");
  const url = options.download ? options.from ?? IMDB_DATASETS_URL : undefined;
  if (url !== undefined && !/^https?:\/\//.test(url)) throw new UsageError(`--from must be an http or https URL, got "${url}"`);
  return withHomeLock(library.home, () => importImdbLocked(library, dir, kinds, url));
}

/** Downloads (from `url`, when given) and imports IMDb's files, holding the library folder's lock. */
async function importImdbLocked(library: LibraryAccess, dir: string, kinds: string[] | "all" | undefined, url: string | undefined): Promise<DataOutput<ImportResult>> {
  const progress = library.progress;
  let downloaded: DownloadReport[] | undefined;
  if (url !== undefined) {
    downloaded = await downloadImdb(dir, url, progress ? (p) => progress(downloadLine(p)) : undefined);
    progress?.("\r\u001b[2K");
  }
  const bundled = bundledFilms(library.bundled());
  const report = await importImdb({
    dir, home: library.home, kinds, url, bundled,
    onProgress: progress ? (p) => progress(progressLine(p)) : undefined,
    onWriting: progress ? () => progress("\r\u001b[2Kwriting the library…") : undefined,
  });
  progress?.("\r\u001b[2K");
  const result: ImportResult = downloaded ? { ...report, downloaded } : report;
  return found(result, () => "", importSummary(result));
}
