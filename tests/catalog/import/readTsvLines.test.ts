import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readTsvLines, type ReadTsvLinesOptions, type TsvReadProgress } from "../../../src/catalog/import/readTsvLines";
import { TsvReadError } from "../../../src/catalog/import/tsvReadError";

const dir = mkdtempSync(join(tmpdir(), "filmcli-tsv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect(path: string, options?: ReadTsvLinesOptions): Promise<[number, string][]> {
  const lines: [number, string][] = [];
  await readTsvLines(path, (line, lineNumber) => lines.push([lineNumber, line]), options);
  return lines;
}

async function failure(promise: Promise<unknown>): Promise<TsvReadError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TsvReadError);
  return error as TsvReadError;
}

// Many numbered lines, so that half of the compressed file holds complete lines before the cut.
const manyLines = Array.from({ length: 20_000 }, (_, i) => `tt${String(i + 1).padStart(7, "0")}\tТитул ${i}\t七人の侍`);

describe("readTsvLines", () => {
  it("reads a .tsv.gz line by line with 1-based line numbers", async () => {
    const path = file("a.tsv.gz", gzipSync("h1\th2\nx\t1\ny\t2\n"));
    expect(await collect(path)).toEqual([
      [1, "h1\th2"],
      [2, "x\t1"],
      [3, "y\t2"],
    ]);
  });

  it("reads a plain .tsv when the name has no .gz", async () => {
    expect(await collect(file("a.tsv", "h\nx\n"))).toEqual([
      [1, "h"],
      [2, "x"],
    ]);
  });

  it("strips CRLF and LF alike, keeps a lone CR inside a line, and delivers a last line without a newline", async () => {
    const path = file("crlf.tsv.gz", gzipSync("h\r\na\rb\r\nc\nlast"));
    expect(await collect(path)).toEqual([
      [1, "h"],
      [2, "a\rb"],
      [3, "c"],
      [4, "last"],
    ]);
  });

  it("skips empty lines, an empty last line included, but still counts them", async () => {
    const path = file("blank.tsv.gz", gzipSync("h\n\nx\r\n\r\ny\n\n"));
    expect(await collect(path)).toEqual([
      [1, "h"],
      [3, "x"],
      [5, "y"],
    ]);
    const summary = await readTsvLines(path, () => undefined);
    expect(summary.lines).toBe(6);
  });

  it("counts the lines skipLine drops by their bytes (line break stripped) but never delivers them", async () => {
    const path = file("skip.tsv.gz", gzipSync("keep 1\r\ndrop 2\n\nkeep 4\ndrop 5"));
    const seen: string[] = [];
    const lines: [number, string][] = [];
    const summary = await readTsvLines(path, (line, n) => lines.push([n, line]), {
      skipLine: (bytes, start, end, n) => {
        seen.push(`${n}:${bytes.toString("utf8", start, end)}`);
        return bytes[start] === 0x64 /* d */;
      },
    });
    expect([seen, lines, summary.lines]).toEqual([["1:keep 1", "2:drop 2", "4:keep 4", "5:drop 5"], [[1, "keep 1"], [4, "keep 4"]], 5]);
  });

  it("reads an empty file as no lines", async () => {
    expect(await collect(file("empty.tsv", ""))).toEqual([]);
    expect(await collect(file("empty-body.tsv.gz", gzipSync("")))).toEqual([]);
  });

  it("keeps quotes as literal characters", async () => {
    expect(await collect(file("q.tsv.gz", gzipSync('tt0033136\t"Swing it" magistern\t"a\tb\n')))).toEqual([
      [1, 'tt0033136\t"Swing it" magistern\t"a\tb'],
    ]);
  });

  describe("multi-byte UTF-8 split across chunks", () => {
    // Two-, three- and four-byte sequences at every offset once chunks are a few bytes long.
    const text = ["Броненосец «Потёмкин»\t七人の侍", "é\t水兵\t🎬🎞️", "ascii\tÄÖÜ\t𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x".repeat(300) + "ё"].join("\n") + "\n";
    const expected = text.trimEnd().split("\n").map((line, i): [number, string] => [i + 1, line]);

    it.each([1, 2, 3, 5, 7, 11])("plain file in %d-byte chunks", async (chunkSize) => {
      expect(await collect(file(`utf8-${chunkSize}.tsv`, text), { chunkSize })).toEqual(expected);
    });

    it.each([1, 3, 64])("gzip read in %d-byte chunks (inflating at zlib's 64-byte floor)", async (chunkSize) => {
      expect(await collect(file(`utf8-${chunkSize}.tsv.gz`, gzipSync(text)), { chunkSize })).toEqual(expected);
    });

    it("many lines in tiny chunks", async () => {
      const path = file("many-small.tsv.gz", gzipSync(manyLines.slice(0, 2000).join("\r\n")));
      const lines = await collect(path, { chunkSize: 64 });
      expect(lines.map(([, line]) => line)).toEqual(manyLines.slice(0, 2000));
    });
  });

  it("reports progress every N lines and once at the end", async () => {
    const path = file("progress.tsv.gz", gzipSync(manyLines.slice(0, 250).join("\n") + "\n"));
    const reports: TsvReadProgress[] = [];
    const summary = await readTsvLines(path, () => undefined, { progressEveryLines: 100, onProgress: (p) => reports.push(p) });
    expect(reports.map((p) => p.lines)).toEqual([100, 200, 250]);
    for (const report of reports) {
      expect(report.totalBytes).toBe(summary.totalBytes);
      expect(report.bytesRead).toBeLessThanOrEqual(report.totalBytes);
    }
    expect(summary).toEqual({ lines: 250, bytesRead: summary.totalBytes, totalBytes: summary.totalBytes });
    expect(reports.at(-1)).toEqual(summary);
  });

  it("fails on a truncated gzip with zlib's code, after whole lines only", async () => {
    const gz = gzipSync(manyLines.join("\n") + "\n");
    const path = file("truncated.tsv.gz", gz.subarray(0, gz.length >> 1));
    const seen: string[] = [];
    const error = await failure(readTsvLines(path, (line) => seen.push(line)));
    expect(error).toMatchObject({ file: path, code: "Z_BUF_ERROR", detail: "unexpected end of file" });
    expect(error.line).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(manyLines.length);
    expect(seen).toEqual(manyLines.slice(0, seen.length));
    expect(error.bytesRead).toBe(gz.length >> 1);
  });

  it("fails when only the gzip trailer is cut", async () => {
    const gz = gzipSync(manyLines.slice(0, 10).join("\n") + "\n");
    const error = await failure(collect(file("trailer.tsv.gz", gz.subarray(0, gz.length - 3))));
    expect(error.code).toBe("Z_BUF_ERROR");
  });

  it("fails on corrupt gzip data", async () => {
    const gz = Buffer.from(gzipSync(manyLines.join("\n") + "\n"));
    for (let i = gz.length >> 1; i < (gz.length >> 1) + 64; i++) gz[i] = gz[i]! ^ 0x5a;
    const error = await failure(collect(file("corrupt.tsv.gz", gz)));
    expect(error.code).toBe("Z_DATA_ERROR");
    expect(error.message).toContain(error.detail);
  });

  it("fails on a .gz that is not gzip at all, or is empty", async () => {
    const notGzip = await failure(collect(file("plain.tsv.gz", "tconst\taverageRating\n")));
    expect(notGzip).toMatchObject({ code: "Z_DATA_ERROR", detail: "incorrect header check", line: 0 });
    const empty = await failure(collect(file("zero.tsv.gz", "")));
    expect(empty).toMatchObject({ code: "Z_BUF_ERROR", line: 0 });
  });

  it("fails on a missing file with the system's code", async () => {
    const path = join(dir, "missing.tsv.gz");
    const error = await failure(collect(path));
    expect(error).toMatchObject({ file: path, code: "ENOENT", line: 0, bytesRead: 0 });
  });

  it("fails on a directory", async () => {
    const error = await failure(collect(dir + "/"));
    expect(error.code).toBe("EISDIR");
  });

  it("stops at a line longer than maxLineBytes instead of buffering it", async () => {
    const path = file("long.tsv", "short\n" + "x".repeat(5000) + "\n");
    const error = await failure(collect(path, { chunkSize: 100, maxLineBytes: 1000 }));
    expect(error).toMatchObject({ code: "LINE_TOO_LONG", line: 1 });
  });

  it("passes an error thrown by onLine through unchanged and stops reading", async () => {
    const path = file("throws.tsv.gz", gzipSync(manyLines.join("\n")));
    const thrown = new Error("caller gave up");
    let calls = 0;
    const error = await readTsvLines(path, () => {
      calls++;
      if (calls === 3) throw thrown;
    }).catch((caught: unknown) => caught);
    expect(error).toBe(thrown);
    expect(calls).toBe(3);
  });
});
