import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./runCli";

const work = mkdtempSync(join(tmpdir(), "filmcli-pack-"));
const run = (command: string, args: string[], cwd = ROOT) =>
  spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_loglevel: "error" } });

describe("the npm package", () => {
  // --ignore-scripts: `npm test` has just built dist/, and rebuilding it here would race other tests.
  const pack = run("npm", ["pack", "--ignore-scripts", "--pack-destination", work]);
  const tarball = join(work, pack.stdout.trim().split("\n").pop() ?? "");

  it("holds only what a user needs", () => {
    expect(pack.status).toBe(0);
    const files = run("tar", ["tzf", tarball]).stdout.trim().split("\n").sort();
    expect(files).toEqual([
      "package/LICENSE", "package/NOTICE", "package/README.md", "package/bin/filmcli.js",
      "package/data/REPAIRS.md", "package/data/films.json", "package/data/films.schema.json",
      "package/dist/aka-worker.cjs", "package/dist/commander-program.cjs", "package/dist/commander-program.cjs.cache", "package/dist/film-worker.cjs",
      "package/dist/filmcli.1", "package/dist/filmcli.cjs", "package/dist/filmcli.cjs.cache",
      ...["cast", "list", "person", "quotes", "search", "show", "trivia"].map((command) => `package/dist/filmcli.cjs.${command}.cache`),
      "package/dist/films.idx", "package/dist/fuse.cjs", "package/dist/fuse.cjs.cache", "package/dist/import-run.cjs",
      "package/dist/string-width.cjs",
      "package/package.json",
    ]);
  });

  it("installs globally, offline, and runs from any directory with its man page", () => {
    const prefix = join(work, "prefix");
    const install = run("npm", ["install", "-g", "--offline", "--no-audit", "--no-fund", "--prefix", prefix, tarball], work);
    expect(install.status, install.stderr).toBe(0);
    const show = spawnSync(join(prefix, "bin", "filmcli"), ["show", "mask"], { cwd: "/", encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/^Mask \(1985\)\n/);
    // Help comes from a part of the program that only some runs load (dist/commander-program.cjs).
    const help = spawnSync(join(prefix, "bin", "filmcli"), ["show", "--help"], { cwd: "/", encoding: "utf8", env: { PATH: process.env.PATH } });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Usage: filmcli show \[options\] <film\.\.\.>/);
    expect(existsSync(join(prefix, "share", "man", "man1", "filmcli.1"))).toBe(true);
  }, 120_000);
});

describe("the man page", () => {
  it("documents every command and option, and renders", () => {
    const page = run("groff", ["-man", "-Tutf8", join(ROOT, "dist", "filmcli.1")]);
    if (page.error) return; // no groff on this machine: the content check below still runs
    expect(page.status).toBe(0);
    const text = page.stdout.replace(/.\u0008/g, "");
    for (const word of ["show <film...>", "list", "person <name...>", "completion <shell>", "--min-rating", "--plain", "--no-pager", "FILMCLI_DATA", "EXIT STATUS"]) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain("__complete");
  });
});
