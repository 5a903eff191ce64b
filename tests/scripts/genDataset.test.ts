import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../e2e/runCli";

describe("scripts/gen-dataset.mjs (benchmark data)", () => {
  const dir = mkdtempSync(join(tmpdir(), "filmcli-gen-"));
  const generate = (name: string) => {
    const file = join(dir, name);
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/gen-dataset.mjs"), "60", file], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    return file;
  };

  it("writes a valid dataset of realistic films, the same every time", () => {
    const a = generate("a.json");
    expect(readFileSync(a, "utf8")).toBe(readFileSync(generate("b.json"), "utf8"));
    expect(runCli(["validate", a]).stdout).toMatch(/valid \(60 films\)/);
    const film = (JSON.parse(readFileSync(a, "utf8")) as { films: Array<{ cast: unknown[]; trivia: unknown[]; quotes: unknown[] }> }).films[0]!;
    expect(film.cast).toHaveLength(12);
    expect(film.trivia.length).toBeGreaterThanOrEqual(3);
    expect(film.quotes.length).toBeGreaterThanOrEqual(3);
  });

  it("holds the anchor films every benchmark query needs", () => {
    const file = generate("c.json");
    const env = { FILMCLI_CACHE_DIR: join(dir, "cache") };
    expect(JSON.parse(runCli(["--data", file, "show", "mask", "--json"], env).stdout)).toMatchObject({ id: "mask-1985" });
    expect(runCli(["--data", file, "trivia", "makup"], env).code).toBe(0);
    expect(runCli(["--data", file, "search", "dark", "knight"], env).code).toBe(0);
  });
});
