import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Process } from "../../src/cli/main";
import type { OutStream } from "../../src/output/writer";

/** A stream that records what is written, or throws like a bug deep in a write would. */
function stream(options: { throwOnWrite?: Error } = {}): OutStream & { text: string } {
  const s = {
    text: "",
    write(chunk: string, callback?: (error?: Error | null) => void): boolean {
      if (options.throwOnWrite) throw options.throwOnWrite;
      s.text += chunk;
      callback?.();
      return true;
    },
    on: () => s,
  };
  return s;
}

const proc = (argv: string[], stdout = stream()): Process & { stdout: ReturnType<typeof stream>; stderr: ReturnType<typeof stream> } => ({
  argv, env: {}, stdout, stderr: stream(), root: join(__dirname, "..", ".."),
}) as never;

describe("main", () => {
  it("runs a command and returns its exit code without exiting the process", async () => {
    const p = proc(["show", "mask", "--json"]);
    expect(await main(p)).toBe(0);
    expect(JSON.parse(p.stdout.text)).toMatchObject({ id: "mask-1985" });
    expect(p.stderr.text).toBe("");
  });

  it("prints usage with no arguments", async () => {
    const p = proc([]);
    expect(await main(p)).toBe(0);
    expect(p.stdout.text).toMatch(/^filmcli: look up films offline\n\nUsage: filmcli <command> \[options\]/);
  });

  it("turns an unexpected error into one line and exit 70", async () => {
    const p = proc(["show", "mask"], stream({ throwOnWrite: new TypeError("cannot read properties of undefined") }));
    expect(await main(p)).toBe(70);
    expect(p.stderr.text).toBe("filmcli: internal error: cannot read properties of undefined; run again with --debug for details\n");
  });

  it("shows the stack of an unexpected error with --debug", async () => {
    const p = proc(["show", "mask", "--debug"], stream({ throwOnWrite: new TypeError("boom") }));
    expect(await main(p)).toBe(70);
    expect(p.stderr.text).toMatch(/^filmcli: internal error: boom; run again with --debug for details\nTypeError: boom\n\s+at /);
  });
});
