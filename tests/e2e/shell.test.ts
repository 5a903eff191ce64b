import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, runCli } from "./runCli";

// A PATH on which `filmcli` is the built program, as after installing it.
const binDir = mkdtempSync(join(tmpdir(), "filmcli-path-"));
symlinkSync(BIN, join(binDir, "filmcli"));
const env = { PATH: `${binDir}:${process.env.PATH ?? ""}`, HOME: tmpdir(), TERM: "xterm", FILMCLI_CACHE_DIR: mkdtempSync(join(tmpdir(), "filmcli-cache-")) };
const sh = (shell: string, script: string) => spawnSync(shell, ["-c", script], { encoding: "utf8", env });
const has = (program: string) => spawnSync("sh", ["-c", `command -v ${program}`]).status === 0;

describe("filmcli completion", () => {
  const bashComplete = (words: string[]): string[] => {
    const script = `source <(filmcli completion bash); COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _filmcli; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = sh("bash", script);
    expect(r.stderr).toBe("");
    return r.stdout.split("\n").filter(Boolean);
  };

  it("completes commands, options, option values and film ids in bash", () => {
    expect(bashComplete(["filmcli", "s"])).toEqual(["show", "search"]);
    expect(bashComplete(["filmcli", "show", "mas"])).toContain("mask-1985");
    expect(bashComplete(["filmcli", "list", "--so"])).toEqual(["--sort"]);
    expect(bashComplete(["filmcli", "list", "--sort", "r"])).toEqual(["rating"]);
    expect(bashComplete(["filmcli", "--data", "x.json", "tri"])).toEqual(["trivia"]);
    expect(bashComplete(["filmcli", "trivia", "--film", "king-k"])).toEqual(["king-kong-1933", "king-kong-1976", "king-kong-2005"]);
    expect(bashComplete(["filmcli", "completion", "f"])).toEqual(["fish"]);
  });

  it("serves film ids from a hidden command, titles with --describe", () => {
    expect(runCli(["__complete", "films", "king-kong"]).stdout).toBe("king-kong-1933\nking-kong-1976\nking-kong-2005\n");
    expect(runCli(["__complete", "films", "--describe", "mask-1"]).stdout).toBe("mask-1985\tMask (1985)\n");
    expect(runCli(["__complete", "films", "The Dark Kn"]).stdout).toContain("the-dark-knight-2008\n");
    expect(runCli(["--help"]).stdout).not.toContain("__complete");
  });

  it.each(["zsh", "fish"])("writes a %s script from the same command definitions", (shell) => {
    const script = runCli(["completion", shell]).stdout;
    for (const word of ["show", "search", "list", "person", "trivia", "min-rating", "__complete films --describe"]) expect(script).toContain(word);
  });

  it.skipIf(!has("zsh"))("the zsh script is valid zsh", () => {
    expect(sh("zsh", "filmcli completion zsh > $HOME/_filmcli_test && zsh -n $HOME/_filmcli_test").status).toBe(0);
  });

  it.skipIf(!has("fish"))("the fish script completes in fish", () => {
    const r = sh("fish", "filmcli completion fish | source; complete -C 'filmcli show mask-19'");
    expect(r.stdout).toContain("mask-1985\tMask (1985)");
  });

  it("rejects an unknown shell as a usage error", () => {
    const r = runCli(["completion", "powershell"]);
    expect([r.code, r.stderr]).toEqual([2, 'filmcli: completion needs a shell: bash, zsh, fish; got "powershell"\n']);
  });
});

describe("--plain", () => {
  it("prints one tab-separated record per line, without borders or colour", () => {
    const r = runCli(["cast", "mask", "--plain"], { FORCE_COLOR: "1", COLUMNS: "20" });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(15);
    expect(lines[13]).toBe("Kelly Jo Minter\tLorrie\tKelly Minter");
    expect(r.stdout).not.toMatch(/[│┌\u001b]/);
  });

  it("works with cut and awk", () => {
    const r = sh("bash", "filmcli list --sort rating --limit 3 --plain | cut -f1,2");
    expect(r.stdout).toBe("The Godfather\t1972\nThe Shawshank Redemption\t1994\nInception\t2010\n");
  });

  it("prints the card as field and value", () => {
    const r = runCli(["show", "mask", "--plain"]);
    expect(r.stdout).toContain("title\tMask\nyear\t1985\n");
    expect(r.stdout).toContain("rating\t7.0/10 (12,168 votes)\n");
    expect(r.stdout).toContain("cast\t15\n");
  });
});

describe("help", () => {
  it("prints short usage with the main commands and examples when run alone", () => {
    const r = runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^filmcli: look up films offline\n\nUsage: filmcli <command> \[options\]/);
    expect(r.stdout).toContain("  show <film...>");
    expect(r.stdout).toContain("$ filmcli trivia makeup");
    expect(r.stdout).not.toContain("__complete");
  });

  it("gives full help with examples for a command, both ways", () => {
    for (const args of [["help", "list"], ["list", "-h"]]) {
      const r = runCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage: filmcli list [options]");
      expect(r.stdout).toContain("--min-rating <rating>");
      expect(r.stdout).toContain("$ filmcli list --sort rating");
    }
  });

  it("prints the package version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(runCli(["--version"]).stdout).toBe(`${version}\n`);
  });
});

describe("pager", () => {
  // `script` gives filmcli a terminal on stdin and stdout, as a person has.
  const inTerminal = (args: string, pagerFile: string, extraEnv = "") =>
    sh("bash", `${extraEnv} PAGER="cat > ${pagerFile}" script -qec "filmcli ${args}" /dev/null`);
  const dir = mkdtempSync(join(tmpdir(), "filmcli-pager-"));

  it.skipIf(!has("script"))("pages long output on a terminal through $PAGER", () => {
    const file = join(dir, "paged");
    const r = inTerminal("list --sort rating --limit 60", file);
    expect(r.stdout).not.toContain("The Godfather");
    expect(readFileSync(file, "utf8")).toContain("The Godfather");
  });

  it.skipIf(!has("script"))("does not page with --no-pager, short output, or a pipe", () => {
    for (const [args, file] of [["list --sort rating --limit 60 --no-pager", "a"], ["cast mask", "b"]] as const) {
      const r = inTerminal(args, join(dir, file));
      expect(r.stdout).toMatch(/Kelly Jo Minter|Godfather/);
      expect(existsSync(join(dir, file))).toBe(false);
    }
    const piped = sh("bash", `PAGER="cat > ${join(dir, "c")}" filmcli list --limit 60 | wc -l`);
    expect(Number(piped.stdout.trim())).toBeGreaterThan(60);
    expect(existsSync(join(dir, "c"))).toBe(false);
  });
});
