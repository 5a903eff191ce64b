import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importImdb } from "../../../src/catalog/library/importImdb";
import { IndexFile } from "../../../src/catalog/store/IndexFile";
import { openLibrary } from "../../../src/catalog/library/libraryHome";
import { UnionCatalog } from "../../../src/catalog/library/unionCatalog";
import { fixtureCatalog } from "../../fixtures/fixtureCatalog";

const FILES = join(__dirname, "../../fixtures/imdb/library");
const bundledMask = { id: "mask-1985", title: "Mask", year: 1985, directors: ["Peter Bogdanovich"] };

// The worker thread's bundle (`npm test` builds it first); without it, one thread reads every file.
const WORKER = join(__dirname, "../../../dist/aka-worker.cjs");

/** Every section of a library as written (name, kind, params, parts with their CRCs): equal sections, equal bytes. */
function librarySections(home: string) {
  const file = IndexFile.open(join(home, "library.idx"));
  try {
    return file.sections;
  } finally {
    file.close();
  }
}

async function imported(kinds?: string[] | "all", workerFile: string | null = null) {
  const home = mkdtempSync(join(tmpdir(), "filmcli-lib-"));
  const report = await importImdb({ dir: FILES, home, kinds, bundled: [bundledMask], workerFile });
  return { home, report, library: openLibrary(home)! };
}

describe("importImdb over IMDb-format files with every quirk", () => {
  it.runIf(existsSync(WORKER))("makes the same library and report with title.akas read on a worker thread as on one thread", async () => {
    const [one, two] = [await imported("all", null), await imported("all", WORKER)];
    const strip = (r: typeof one.report) => ({ ...r, library: "", seconds: 0, bytes: 0, files: r.files.map((f) => ({ ...f, seconds: 0 })) });
    expect(strip(two.report)).toEqual(strip(one.report));
    expect(librarySections(two.home)).toEqual(librarySections(one.home));
  });

  it("keeps every good row, skips the rest with their reason and line numbers", async () => {
    const { report } = await imported();
    const basics = report.files.find((f) => f.file.startsWith("title.basics"))!;
    expect([basics.rows, basics.kept]).toEqual([11, 7]);
    expect(basics.skipped).toEqual(expect.arrayContaining([
      { reason: "duplicate tconst", rows: 1, lines: [7] },
      { reason: "too few fields (5 of 9)", rows: 1, lines: [8] },
      { reason: "too many fields (10 of 9)", rows: 1, lines: [9] },
      { reason: "kind tvEpisode not imported (see --kinds)", rows: 1, lines: [5] },
    ]));
    const principals = report.files.find((f) => f.file.startsWith("title.principals"))!;
    expect(principals.skipped.map((s) => s.reason)).toEqual(expect.arrayContaining([
      "duplicate row (same title and ordering)", "characters is not a JSON array of strings", "too many fields (7 of 6)", "too few fields (3 of 6)",
    ]));
    // Every row read is kept or skipped: none is lost silently.
    for (const file of report.files) expect(file.kept + file.skipped.reduce((n, s) => n + s.rows, 0)).toBe(file.rows);
    expect([report.films, report.merged]).toEqual([7, 1]);
  });

  it("numbers films by votes, most first, and reads back each title's facts", async () => {
    const { library } = await imported();
    expect(library.refs([0, 1, 2]).map((r) => r.id)).toEqual(["tt0047478", "tt0089560", "tt0100001"]);
    const [samurai] = library.withId("tt0047478");
    const facts = library.facts(samurai!);
    expect(facts).toMatchObject({
      kind: "movie", title: "Seven Samurai", originalTitle: "Shichinin no samurai", startYear: 1954, runtimeMinutes: 207,
      genres: ["Action", "Drama"], rating: { value: 8.6, votes: 380000 }, akaCount: 3,
      directors: [{ id: "nm0041327", name: "Akira Kurosawa" }],
      writers: [{ id: "nm0041327", name: "Akira Kurosawa" }, { id: "nm0442119", name: "Shinobu Hashimoto" }],
    });
    expect(facts.principals.find((p) => p.id === "nm0000124")).toEqual({
      id: "nm0000124", name: "Toshirô Mifune", category: "actor", characters: ["Kikuchiyo", "Masked Bandit", 'The "Kid"'],
    });
    const [swing] = library.withId("tt0033136");
    expect(library.facts(swing!)).toMatchObject({ title: '"Swing it" magistern', genres: ["Comedy", "Music"] });
    expect(library.facts(swing!).rating).toBeUndefined();
  });

  it("finds films by original and alternative titles, exactly and fuzzily", async () => {
    const { library } = await imported();
    const [samurai] = library.withId("tt0047478");
    expect(library.withFolded("die sieben samurai")).toEqual([samurai]);
    expect(library.withNormalized("shichinin no samurai")).toEqual([samurai]);
    expect(library.withFolded("七人の侍")).toEqual([samurai]);
  });

  it("keeps episodes with their series, season and number under --kinds all", async () => {
    const { library } = await imported("all");
    const [pilot] = library.withId("tt0000011");
    expect(library.facts(pilot!).episode).toEqual({ seriesId: "tt0000009", seriesTitle: "Long Show", season: 1, episode: 1 });
    expect(library.kind(pilot!)).toBe("tvEpisode");
  });

  it("reads people's records and roles by person number", async () => {
    const { library } = await imported();
    const [stoltz] = library.personWithFolded("eric stoltz");
    expect(library.personRecord(stoltz!)).toEqual({
      id: "nm0000655", name: "Eric Stoltz", birthYear: 1961, professions: ["actor", "producer", "director"],
      knownFor: [{ id: "tt0089560", title: "Mask", year: 1985 }, { id: "tt9999999" }],
    });
    const [mask] = library.withId("tt0089560");
    expect(library.rolesIn(stoltz!, mask!)).toEqual([{ role: "cast", characters: ["Rocky Dennis"], job: null }]);
  });

  it("merges a bundled film with its IMDb twin: one film, both ids, both sources", async () => {
    const { library } = await imported();
    const union = new UnionCatalog(fixtureCatalog(), library);
    const [byId] = union.withId("tt0089560");
    const [byTitle] = union.withId("mask-1985");
    expect(byId).toBe(byTitle);
    // Ranking weighs IMDb's votes for the merged film, not the catalogue's older count.
    expect([fixtureCatalog().votes(byId!), union.votes(byId!)]).toEqual([12168, 61000]);
    const film = union.film(byId!);
    expect(film.id).toBe("mask-1985");
    expect(film.sources).toContain("IMDb");
    expect(film.imdb?.id).toBe("tt0089560");
    // Listed once, not twice.
    const all = Array.from(union.order("title", 0, union.size));
    expect(all.filter((i) => union.ref(i).title === "Mask" && union.ref(i).year === 1985)).toHaveLength(1);
  });

  it("matches a bundled film whose title spells a number another way (Seven Samurai is 7 samurai on both sides)", async () => {
    const home = mkdtempSync(join(tmpdir(), "filmcli-lib-"));
    const bundled = [{ id: "seven-samurai-1954", title: "Seven Samurai", year: 1954, directors: [] }];
    await importImdb({ dir: FILES, home, bundled });
    const library = openLibrary(home)!;
    expect(library.ref(library.twinOf("seven-samurai-1954")!).id).toBe("tt0047478");
  });
});
