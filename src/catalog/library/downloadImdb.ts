import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import { join } from "node:path";
import { IMDB_FILES } from "../../imdb/imdbFiles";
import { ImportError } from "./importError";

/** IMDb's dataset site. */
export const IMDB_DATASETS_URL = "https://datasets.imdbws.com";

/** How far a download has come. */
export interface DownloadProgress {
  file: string;
  bytes: number;
  /** The file's full size, when the server says. */
  totalBytes: number | null;
  seconds: number;
}

/** What a download did per file. */
export interface DownloadReport {
  file: string;
  bytes: number;
  /** "downloaded", "resumed" (a partial file was continued), or "present" (already complete). */
  how: "downloaded" | "resumed" | "present";
}

const REDIRECTS = 5;

/** GET a URL (http or https), with a Range header to resume from `from` bytes; follows redirects. */
function get(url: string, from: number, redirects = REDIRECTS): Promise<IncomingMessage> {
  // Loaded here: most runs never download.
  const client = url.startsWith("https:") ? require("node:https") as typeof import("node:https") : require("node:http") as typeof import("node:http");
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers: from > 0 ? { Range: `bytes=${from}-` } : {} }, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location && redirects > 0) {
        response.resume();
        resolve(get(new URL(response.headers.location, url).toString(), from, redirects - 1));
        return;
      }
      resolve(response);
    });
    request.on("error", reject);
    request.setTimeout(60_000, () => request.destroy(new Error("no answer for 60 s")));
  });
}

/**
 * Downloads one file to `target`, through `target.part`: a partial file left by an interrupted
 * download is continued where it stopped (when the server honours Range), and the file is renamed
 * into place only once whole.
 */
async function downloadFile(url: string, target: string, onProgress?: (p: DownloadProgress) => void): Promise<DownloadReport> {
  const name = target.replace(/^.*\//, "");
  if (existsSync(target)) return { file: name, bytes: statSync(target).size, how: "present" };
  const part = `${target}.part`;
  const from = existsSync(part) ? statSync(part).size : 0;
  const started = Date.now();
  let response: IncomingMessage;
  try {
    response = await get(url, from);
  } catch (error) {
    throw new ImportError({ problem: "download", url, detail: (error as Error).message });
  }
  const status = response.statusCode ?? 0;
  if (status === 416 && from > 0) {
    // The partial file is already whole.
    response.resume();
    renameSync(part, target);
    return { file: name, bytes: from, how: "resumed" };
  }
  if (status !== 200 && status !== 206) {
    response.resume();
    throw new ImportError({ problem: "download", url, detail: `HTTP ${status}` });
  }
  const resumed = status === 206;
  const length = Number(response.headers["content-length"]);
  const totalBytes = Number.isFinite(length) ? length + (resumed ? from : 0) : null;
  const fd = openSync(part, resumed ? "a" : "w");
  let bytes = resumed ? from : 0;
  try {
    let lastReport = 0;
    for await (const chunk of response as AsyncIterable<Buffer>) {
      let done = 0;
      while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
      bytes += chunk.length;
      if (onProgress && Date.now() - lastReport > 250) {
        lastReport = Date.now();
        onProgress({ file: name, bytes, totalBytes, seconds: (Date.now() - started) / 1000 });
      }
    }
  } catch (error) {
    throw new ImportError({ problem: "download", url, detail: `interrupted after ${bytes} bytes (${(error as Error).message})` });
  } finally {
    closeSync(fd);
  }
  if (totalBytes !== null && bytes !== totalBytes) {
    throw new ImportError({ problem: "download", url, detail: `got ${bytes} of ${totalBytes} bytes` });
  }
  renameSync(part, target);
  onProgress?.({ file: name, bytes, totalBytes, seconds: (Date.now() - started) / 1000 });
  return { file: name, bytes, how: resumed ? "resumed" : "downloaded" };
}

/** Downloads IMDb's seven files from `baseUrl` into `dir` (files already there are kept). */
export async function downloadImdb(dir: string, baseUrl: string, onProgress?: (p: DownloadProgress) => void): Promise<DownloadReport[]> {
  mkdirSync(dir, { recursive: true });
  const reports: DownloadReport[] = [];
  const base = baseUrl.replace(/\/+$/, "");
  for (const spec of IMDB_FILES) reports.push(await downloadFile(`${base}/${spec.fileName}`, join(dir, spec.fileName), onProgress));
  return reports;
}
