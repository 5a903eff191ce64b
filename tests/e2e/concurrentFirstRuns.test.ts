import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURE } from "./runCli";

/** Runs the built filmcli as a process, resolving when it ends. */
function start(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("ten processes opening a new dataset at once", () => {
  it("each answers from a whole index, and one index is left in the cache, with no temporary files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "filmcli-concurrent-"));
    const data = join(dir, "films.json");
    copyFileSync(FIXTURE, data);
    const cache = join(dir, "cache");
    const runs = await Promise.all(Array.from({ length: 10 }, (_, k) =>
      start(["--data", data, ...(k % 2 ? ["show", "mask", "--json"] : ["search", "mask", "--json"])], { FILMCLI_CACHE_DIR: cache })));
    for (const run of runs) expect([run.code, run.stderr]).toEqual([0, run.stderr.startsWith("filmcli: showing Mask (1985)") ? run.stderr : ""]);
    const shows = runs.filter((_, k) => k % 2).map((r) => JSON.parse(r.stdout) as { id: string });
    expect(new Set(shows.map((s) => s.id))).toEqual(new Set(["mask-1985"]));
    expect(new Set(runs.filter((_, k) => k % 2 === 0).map((r) => r.stdout)).size).toBe(1);
    const files = readdirSync(cache);
    expect(files.filter((f) => f.endsWith(".idx"))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
