import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, lockHome, withHomeLock } from "../../../src/catalog/library/homeLock";
import { ImportError } from "../../../src/catalog/library/importError";
import { ExitCode } from "../../../src/errors";

const home = (): string => mkdtempSync(join(tmpdir(), "filmcli-lock-"));
const lockedBy = (dir: string, pid: number | null): ImportError => new ImportError({ problem: "locked", file: join(dir, LOCK_FILE), pid });
/** A pid no process has any more: a child's, once it has exited. */
const deadPid = (): number => spawnSync(process.execPath, ["-e", "0"]).pid!;

describe("lockHome", () => {
  it("creates the lock file with this process's pid, and the release deletes it", () => {
    const dir = join(home(), "new");
    const release = lockHome(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8")).toBe(`${process.pid}\n`);
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("refuses a second taker while the first holds it, with the holder's pid and exit 75", () => {
    const dir = home();
    const release = lockHome(dir);
    expect(() => lockHome(dir)).toThrow(lockedBy(dir, process.pid));
    try { lockHome(dir); } catch (error) { expect((error as ImportError).exitCode).toBe(ExitCode.busy); }
    release();
    lockHome(dir)();
  });

  it.each([
    ["a dead process", () => `${deadPid()}\n`, 0],
    ["no pid, written long ago", () => "", 60],
  ])("takes over a lock held by %s", (_, content, ageSeconds) => {
    const dir = home();
    const path = join(dir, LOCK_FILE);
    writeFileSync(path, content());
    const old = Date.now() / 1000 - ageSeconds;
    utimesSync(path, old, old);
    const release = lockHome(dir);
    expect(readFileSync(path, "utf8")).toBe(`${process.pid}\n`);
    release();
  });

  it("takes a lock without a pid, made just now, as held (its writer is about to write it)", () => {
    const dir = home();
    writeFileSync(join(dir, LOCK_FILE), "");
    expect(() => lockHome(dir)).toThrow(lockedBy(dir, null));
  });

  it("needs no lock for a folder that is not there when asked not to make it", () => {
    const dir = join(home(), "none");
    lockHome(dir, false)();
    expect(existsSync(dir)).toBe(false);
  });

  it("withHomeLock releases the lock when the work fails", async () => {
    const dir = home();
    await expect(withHomeLock(dir, () => { throw new Error("boom"); })).rejects.toThrow("boom");
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    expect(await withHomeLock(dir, () => 7)).toBe(7);
  });
});
