import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/errors";
import { runCommand } from "./runCommand";

describe("filmcli completion", () => {
  it.each(["bash", "zsh", "fish"])("writes a %s script from the command definitions it is given", (shell) => {
    const r = runCommand(["completion", shell]);
    expect(r.exitCode).toBe(0);
    for (const word of ["show", "search", "list", "person", "trivia", "min-rating", "__complete films"]) expect(r.stdout).toContain(word);
    expect(r.stdout).not.toContain("__complete)");
  });

  it("prints the script itself whatever the format: it is for a shell", () => {
    expect(runCommand(["completion", "bash", "--json"]).stdout).toBe(runCommand(["completion", "bash"]).stdout);
  });

  it("rejects an unknown shell as a usage error", () => {
    expect(() => runCommand(["completion", "powershell"])).toThrow(new UsageError('completion needs a shell: bash, zsh, fish; got "powershell"'));
  });
});
