import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { compileDataset } from "../../src/catalog/compileDataset";
import { sourceIdentity } from "../../src/catalog/indexMeta";
import { IndexFile } from "../../src/catalog/store";
import { buildDataset, serializeDataset } from "../../src/build/buildDataset";
import { datasetJsonSchema } from "../../src/build/datasetJsonSchema";
import { readSources } from "../../src/build/readSources";
import { VEGA_MOVIES } from "../../src/build/vegaMovies";
import { renderRepairReport } from "../../src/build/vega/repairReport";

const root = join(__dirname, "../..");
const read = (path: string): string => readFileSync(join(root, path), "utf8");

describe("the committed dataset (run npm run data:build if these fail)", () => {
  const vega = JSON.parse(read(VEGA_MOVIES)) as Array<Record<string, unknown>>;
  const { dataset, report } = buildDataset(readSources(join(root, "data/sources")), vega);

  it("data/films.json is exactly what the build makes from the sources", () => {
    expect(read("data/films.json") === serializeDataset(dataset)).toBe(true);
  });

  it("data/REPAIRS.md and data/films.schema.json are fresh", () => {
    expect(read("data/REPAIRS.md")).toBe(renderRepairReport(report));
    expect(JSON.parse(read("data/films.schema.json"))).toEqual(datasetJsonSchema());
  });

  it("keeps every source row but the rejected ones, and Mask complete", () => {
    expect(dataset.films).toHaveLength(1 + vega.length - report.rejected.length);
    const mask = dataset.films.find((f) => f.id === "mask-1985")!;
    expect(mask.cast).toHaveLength(15);
    expect(mask.sources).toEqual(["page:000_5308009d577d6288.txt"]);
  });

  it("identifies the page named as it arrived (000_5308009d577d6288.txt) as Mask (1985), every fact as before", () => {
    // The film as the build made it from the page named mask-1985.txt, before pages were identified from their facts.
    const before = JSON.parse(read("tests/fixtures/pages/mask-1985.before.json")) as Record<string, unknown>;
    const mask = dataset.films.find((f) => f.id === "mask-1985")!;
    expect({ ...mask, sources: before.sources }).toEqual(before);
    expect(before.sources).toEqual(["page:mask-1985.txt"]);
  });
});

describe("buildDataset", () => {
  const page = (title: string, year: number) => ({
    name: `${title.toLowerCase()}-${year}.txt`,
    text: `Release Year: ${year}\n\nRating: 7.0/10 (100 voted)\n\nUser Review\n\nT\n\nAbout "${title}".`,
  });
  const row = (title: unknown, date: string, extra: Record<string, unknown> = {}) => ({
    Title: title, "Release Date": date, "US Gross": 5, "Worldwide Gross": 0, "Production Budget": 9, "IMDB Rating": 5, "IMDB Votes": 10, ...extra,
  });

  it("merges a film found on a page and in the catalogue into one record, the page first", () => {
    const { dataset, report } = buildDataset([page("Mask", 1985)], [row("Mask", "Mar 08 1985", { "Major Genre": "Drama" })]);
    expect(dataset.films).toHaveLength(1);
    const [mask] = dataset.films;
    expect(mask).toMatchObject({ id: "mask-1985", rating: { value: 7, scale: 10, votes: 100 }, genres: ["Drama"], budget: { amount: 9, currency: "USD" } });
    expect(mask!.sources).toEqual(["page:mask-1985.txt", "vega-datasets:movies.json"]);
    expect(report.counts.merged).toBe(1);
  });

  it("gives equal titles of different years their own ids, and equal title and year a suffix", () => {
    const { dataset, report } = buildDataset([], [
      row("King Kong", "Dec 14 2005"), row("King Kong", "Dec 17 1976"), row("Crash", "May 06 2005"), row("Crash", "Oct 04 2005", { "Production Budget": 1 }),
    ]);
    expect(dataset.films.map((f) => f.id)).toEqual(["crash-2005", "crash-2005-2", "king-kong-1976", "king-kong-2005"]);
    expect(dataset.films[0]!.releaseDate).toBe("2005-05-06");
    expect(report.counts["id-collision"]).toBe(1);
  });

  it("refuses to build from a page with text it cannot place", () => {
    expect(() => buildDataset([{ name: "x-2001.txt", text: "Release Year: 2001\n\nBudget: lots" }])).toThrow(/not understood: Budget: lots/);
  });
});

describe("the prebuilt index of the bundled dataset (npm run build makes it)", () => {
  it("describes data/films.json as it is now: a fresh build has the same sections, byte for byte", () => {
    const data = join(root, "data/films.json");
    const dir = mkdtempSync(join(tmpdir(), "filmcli-prebuilt-"));
    const meta = compileDataset(data, sourceIdentity(statSync(data)), join(dir, "films.idx"), dir);
    const prebuilt = IndexFile.open(join(root, "dist/films.idx"));
    const fresh = IndexFile.open(join(dir, "films.idx"));
    expect(prebuilt.meta).toMatchObject({ films: meta.films, source: { size: statSync(data).size } });
    const crcs = (file: IndexFile) => file.sections.map((s) => [s.name, s.parts.map((p) => [p.name, p.length, p.crc32])]);
    expect(crcs(prebuilt)).toEqual(crcs(fresh));
    rmSync(dir, { recursive: true });
  });
});
