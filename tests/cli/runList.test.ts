import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { castCommand } from "../../src/cli/commands/cast";
import { goofsCommand } from "../../src/cli/commands/goofs";
import { quotesCommand } from "../../src/cli/commands/quotes";
import { reviewsCommand } from "../../src/cli/commands/reviews";
import { triviaCommand } from "../../src/cli/commands/trivia";
import type { RowsOutput } from "../../src/cli/command";
import { importImdb } from "../../src/catalog/library/importImdb";
import { openLibrary } from "../../src/catalog/library/libraryHome";
import { UnionCatalog } from "../../src/catalog/library/unionCatalog";
import { plainTerminal } from "../../src/render/terminal";
import { fixtureCatalog, fixtureContext } from "../fixtures/fixtureCatalog";

const FILES = join(__dirname, "../fixtures/imdb/library");

/** The fixture catalogue with the fixture IMDb library, and a count of the library films read whole. */
async function unionContext() {
  const home = mkdtempSync(join(tmpdir(), "filmcli-runlist-"));
  const bundled = fixtureCatalog();
  await importImdb({ dir: FILES, home, bundled: Array.from({ length: bundled.size }, (_, i) => ({ ...bundled.ref(i), directors: bundled.listValues(i).directors })) });
  const library = openLibrary(home)!;
  const reads = vi.spyOn(library, "film");
  const union = new UnionCatalog(bundled, library);
  return { ctx: { ...fixtureContext(plainTerminal(100)), catalog: () => union }, reads, union };
}

describe("every row of a kind, over the catalogue with the IMDb library", () => {
  it.each([
    ["trivia", triviaCommand],
    ["quotes", quotesCommand],
    ["goofs", goofsCommand],
    ["reviews", reviewsCommand],
  ] as const)("%s reads no IMDb-only film: IMDb's datasets hold none", async (_name, command) => {
    const { ctx, reads, union } = await unionContext();
    expect(union.size).toBeGreaterThan(union.textFilms);
    const out = command.run([], { film: undefined, search: undefined, first: false } as never, ctx) as RowsOutput<{ film: { id: string } }>;
    const rows = [...out.rows];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !row.film.id.startsWith("tt"))).toBe(true);
    expect(reads).not.toHaveBeenCalled();
  });

  it("cast reads every film, as IMDb's principals are cast", async () => {
    const { ctx, reads } = await unionContext();
    const out = castCommand.run([], { first: false }, ctx) as RowsOutput<{ film: { id: string } }>;
    const films = new Set([...out.rows].map((row) => row.film.id));
    expect([...films].some((id) => id.startsWith("tt"))).toBe(true);
    expect(reads).toHaveBeenCalled();
  });
});
