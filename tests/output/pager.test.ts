import { describe, expect, it } from "vitest";
import { choosePager, DEFAULT_PAGER } from "../../src/output/pager";
import { closedAtStart, closedStream, createWriter, type OutStream } from "../../src/output/writer";

describe("choosePager", () => {
  const person = { env: { TERM: "xterm" }, stdinIsTTY: true, stdoutIsTTY: true, pagerFlag: true };
  it.each([
    ["a person at a terminal", person, DEFAULT_PAGER],
    ["$PAGER", { ...person, env: { TERM: "xterm", PAGER: "more" } }, "more"],
    ["an empty PAGER", { ...person, env: { TERM: "xterm", PAGER: " " } }, null],
    ["a dumb terminal (a pager there asks for RETURN)", { ...person, env: { TERM: "dumb" } }, null],
    ["a dumb terminal, even with PAGER set", { ...person, env: { TERM: "dumb", PAGER: "less" } }, null],
    ["no TERM at all", { ...person, env: {} }, null],
    ["--no-pager", { ...person, pagerFlag: false }, null],
    ["a pipe on stdout", { ...person, stdoutIsTTY: false }, null],
    ["a pipe on stdin", { ...person, stdinIsTTY: false }, null],
  ])("%s: %s", (_name, inputs, pager) => expect(choosePager(inputs)).toBe(pager));
});

describe("createWriter", () => {
  /** A stream whose writes fail with the given code. */
  const failing = (code: string): OutStream & { writes: number } => {
    const s = {
      writes: 0,
      write(_chunk: string, callback?: (error?: Error | null) => void): boolean {
        s.writes++;
        callback?.(Object.assign(new Error(code), { code }));
        return false;
      },
      on: () => s,
    };
    return s;
  };
  const quiet = { write: (_c: string, callback?: (error?: Error | null) => void) => { callback?.(); return true; }, on: () => quiet } as OutStream;

  it("treats a closed pipe as the reader going away: later writes are dropped, nothing is reported", async () => {
    const stdout = failing("EPIPE");
    const writer = createWriter(stdout, quiet);
    await writer.out("a");
    await writer.out("b");
    expect([stdout.writes, writer.failure()]).toEqual([1, undefined]);
  });

  it("keeps any other write error on stdout for the caller to report", async () => {
    const writer = createWriter(failing("ENOSPC"), quiet);
    await writer.out("a");
    expect(writer.failure()?.code).toBe("ENOSPC");
  });
});

describe("a stdout closed at the start", () => {
  it("fails every write as a closed descriptor does, and the writer keeps the failure", async () => {
    const quiet = { write: (_c: string, callback?: (error?: Error | null) => void) => { callback?.(); return true; }, on: () => quiet } as OutStream;
    const writer = createWriter(closedStream(), quiet);
    await writer.out("x");
    expect(writer.failure()?.code).toBe("EBADF");
  });

  it("is not mistaken for a file, a pipe or a /dev/null opened for writing", () => {
    const { openSync, closeSync } = require("node:fs") as typeof import("node:fs");
    for (const [path, flags] of [["/dev/null", "w"], ["/tmp", "r"]] as const) {
      const fd = openSync(path, flags);
      expect(closedAtStart(fd)).toBe(false);
      closeSync(fd);
    }
    // Opened for reading and writing, as Node opens /dev/null in place of a closed descriptor.
    const fd = openSync("/dev/null", "r+");
    expect(closedAtStart(fd)).toBe(process.platform === "linux");
    closeSync(fd);
  });
});

describe("runPager", () => {
  it("reports how the pager ended: shown, not started, or failed", async () => {
    const { runPager } = await import("../../src/output/pager");
    expect(await runPager("cat >/dev/null", "text", {})).toEqual({ kind: "shown" });
    expect(await runPager("no-such-pager-xyz", "text", {})).toEqual({ kind: "not-started" });
    expect(await runPager("cat >/dev/null; exit 3", "text", {})).toEqual({ kind: "failed", status: 3, signal: null });
    // Quit by its reader with Ctrl-C: shown, not failed (filmcli must not print the text again).
    expect(await runPager("cat >/dev/null; exit 130", "text", {})).toEqual({ kind: "shown" });
  });

  it("takes SIGINT away from filmcli while the pager runs, and gives it back after", async () => {
    const { runPager } = await import("../../src/output/pager");
    const before = process.listenerCount("SIGINT");
    const running = runPager("sleep 0.2; cat >/dev/null", "text", {});
    expect(process.listenerCount("SIGINT")).toBe(before + 1);
    await running;
    expect(process.listenerCount("SIGINT")).toBe(before);
  });
});
