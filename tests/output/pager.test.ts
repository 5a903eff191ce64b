import { describe, expect, it } from "vitest";
import { choosePager, DEFAULT_PAGER } from "../../src/output/pager";
import { createWriter, type OutStream } from "../../src/output/writer";

describe("choosePager", () => {
  const person = { env: {}, stdinIsTTY: true, stdoutIsTTY: true, pagerFlag: true };
  it.each([
    ["a person at a terminal", person, DEFAULT_PAGER],
    ["$PAGER", { ...person, env: { PAGER: "more" } }, "more"],
    ["an empty PAGER", { ...person, env: { PAGER: " " } }, null],
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
