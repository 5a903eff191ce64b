import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CommandContext, DataOutput } from "../../../src/cli/command";
import { importCommand, type ImportResult } from "../../../src/cli/commands/import";
import { libraryCommand, type LibraryInfo, type RemoveReport } from "../../../src/cli/commands/library";
import { openLibrary } from "../../../src/catalog/library/libraryHome";
import { UsageError } from "../../../src/errors";
import { plainTerminal } from "../../../src/render/terminal";
import { fixtureContext } from "../../fixtures/fixtureCatalog";

const FILES = join(__dirname, "../../fixtures/imdb/library");

/** A command context with a library folder of its own; progress lines are collected, as on a terminal. */
function context(progress: string[] | null = null): CommandContext & { library: NonNullable<CommandContext["library"]> } {
  const home = mkdtempSync(join(tmpdir(), "filmcli-cmd-"));
  const base = fixtureContext(plainTerminal(100));
  let library: ReturnType<typeof openLibrary> | undefined;
  return {
    ...base,
    library: {
      home, env: {},
      progress: progress ? (text) => { progress.push(text); } : null,
      open: () => (library === undefined ? (library = openLibrary(home)) : library),
      bundled: () => base.catalog(),
      bundledFile: null,
      pageTwins: () => new Map(),
      close: () => { library?.close(); library = undefined; },
    },
  };
}

const importOptions = { kinds: undefined, download: false, from: undefined, title: undefined };

describe("filmcli import and filmcli library, in-process", () => {
  it("imports, reports per file, and the library command describes the result", async () => {
    const ctx = context();
    const out = await importCommand.runAsync!(["imdb", FILES], importOptions, ctx) as DataOutput<ImportResult>;
    expect(out.outcome).toBe("found");
    expect(out.render(out.data, ctx.term)).toBe("");
    expect(out.messages[0]).toMatch(/^imported 7 titles and 10 people in [\d.]+ s; library [\d.]+ MiB at /);
    expect(out.messages).toContain("    1 skipped: duplicate tconst (line 7)");
    const info = libraryCommand.run([], {}, ctx) as DataOutput<LibraryInfo>;
    expect(info.data).toMatchObject({ present: true, films: 7, importedKinds: "all but tvEpisode", kinds: { movie: 5, tvSeries: 1, short: 1 } });
    expect(info.render(info.data, ctx.term)).toContain("Information courtesy of IMDb");
  });

  it("imports only the kinds asked for", async () => {
    const ctx = context();
    const out = await importCommand.runAsync!(["imdb", FILES], { ...importOptions, kinds: "tvSeries,tvEpisode" }, ctx) as DataOutput<ImportResult>;
    expect(out.data.kindCounts).toEqual({ tvSeries: 1, tvEpisode: 1 });
  });

  it("shows progress only when there is a terminal to show it on", async () => {
    const lines: string[] = [];
    await importCommand.runAsync!(["imdb", FILES], importOptions, context(lines));
    expect(lines.some((l) => /title\.basics\.tsv: \d+ rows, [\d,]+ rows\/s, \d+%/.test(l))).toBe(true);
  });

  it.each([
    [[], /import reads IMDb's datasets or film pages/],
    [["csv", "x"], /got "csv"/],
    [["imdb"], /needs the folder/],
    [["imdb", "a", "b"], /takes one folder/],
  ])("refuses %j as a usage error", async (words, message) => {
    await expect(importCommand.runAsync!(words, importOptions, context())).rejects.toThrow(UsageError);
    await expect(importCommand.runAsync!(words, importOptions, context())).rejects.toThrow(message);
  });

  it("says there is no library, and removing none is no error", () => {
    const ctx = context();
    const info = libraryCommand.run([], {}, ctx) as DataOutput<LibraryInfo>;
    expect(info.data.present).toBe(false);
    expect(info.render(info.data, ctx.term)).toContain("no IMDb library at");
    const removed = libraryCommand.run(["remove"], {}, ctx) as DataOutput<RemoveReport>;
    expect(removed.data.removed.map((r) => [r.part, r.removed])).toEqual([["imdb", false], ["pages", false]]);
    expect(removed.messages).toEqual([
      `no IMDb library at ${join(ctx.library.home, "library.idx")}; nothing to remove`,
      `no imported film pages at ${join(ctx.library.home, "pages.jsonl")}; nothing to remove`,
    ]);
  });
});
