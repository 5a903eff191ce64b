import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createWriter, descriptorStream, standardStream, type OutStream } from "../../src/output/writer";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh file opened for writing, and its path. */
function tempFile(): { fd: number; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "filmcli-writer-"));
  dirs.push(dir);
  const path = join(dir, "out");
  return { fd: openSync(path, "w"), path };
}

/** A stream that must never be asked for: Node's own, which a file or pipe does without. */
const never = (): OutStream => {
  throw new Error("Node's stream was made");
};

describe("descriptorStream", () => {
  it("writes every byte in order, multi-byte characters whole, and says so to the writer", async () => {
    const { fd, path } = tempFile();
    const writer = createWriter(descriptorStream(fd, never), descriptorStream(fd, never));
    for (const text of ["Amélie (2001)\n", "", "千と千尋の神隠し\n", "x".repeat(100_000)]) await writer.out(text);
    closeSync(fd);
    expect([readFileSync(path, "utf8"), writer.failure(), writer.outClosed()]).toEqual([`Amélie (2001)\n千と千尋の神隠し\n${"x".repeat(100_000)}`, undefined, false]);
  });

  it("reports a write the descriptor refuses, as Node's stream would", async () => {
    const { fd } = tempFile();
    closeSync(fd);
    const writer = createWriter(descriptorStream(fd, never), descriptorStream(fd, never));
    await writer.out("lost");
    expect(writer.failure()?.code).toBe("EBADF");
  });
});

describe("standardStream", () => {
  it("writes to a file or /dev/null directly, without Node's stream", () => {
    const { fd } = tempFile();
    const devNull = openSync("/dev/null", "w");
    expect([standardStream(fd, never).isTTY, standardStream(devNull, never).isTTY]).toEqual([false, false]);
    closeSync(fd);
    closeSync(devNull);
  });

  it("takes a descriptor Node reopened as /dev/null for reading and writing as closed at the start", async () => {
    const fd = openSync("/dev/null", "r+");
    const writer = createWriter(standardStream(fd, never), standardStream(fd, never));
    await writer.out("x");
    closeSync(fd);
    expect(writer.failure()?.code).toBe(process.platform === "linux" ? "EBADF" : undefined);
  });
});
