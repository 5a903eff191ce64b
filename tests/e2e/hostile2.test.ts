// Issue 14, "Hostile input, round two": each class with the members found for it, run as a real process.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURE, ROOT, runCli } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "filmcli-hostile2-"));
chmodSync(dir, 0o755);
const CACHE = mkdtempSync(join(tmpdir(), "filmcli-hostile2-cache-"));
const fixtureText = readFileSync(FIXTURE, "utf8");
/** Runs a shell line with the built filmcli as `$F`, in a clean environment. */
const sh = (script: string, env: Record<string, string> = {}) =>
  spawnSync("bash", ["-c", script], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: dir, TERM: "xterm", FILMCLI_CACHE_DIR: CACHE, F: `${process.execPath} ${BIN}`, ...env } });
/** One line on stderr, starting `filmcli: `, and no stack trace. */
const ONE_LINE = /^filmcli: [^\n]+\n$/;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe("datasets that are not regular files", () => {
  it.each([
    ["a character device", "/dev/zero", "is a character device, not a regular file"],
    ["/dev/null", "/dev/null", "is a character device, not a regular file"],
    ["a directory", "/tmp", "is a directory"],
  ])("%s is refused with exit 3, by every command and by validate", (_name, path, problem) => {
    for (const args of [["--data", path, "show", "mask"], ["--data", path, "cast"], ["validate", path], ["--data", path, "validate"]]) {
      const r = runCli(args);
      expect([r.code, r.stdout]).toEqual([3, ""]);
      expect(r.stderr).toMatch(ONE_LINE);
      expect(r.stderr).toContain(`${path}: ${problem}`);
    }
  });

  it("refuses a named pipe without waiting for a writer, and /dev/stdin when it is a pipe", () => {
    const r = sh(`mkfifo ${dir}/fifo; $F validate ${dir}/fifo; echo "code=$?"; $F --data ${dir}/fifo show mask; echo "code=$?"`);
    expect(r.stdout).toBe("code=3\ncode=3\n");
    expect(r.stderr).toContain(`${dir}/fifo: is a pipe, not a regular file; pipe a dataset in with --data - instead`);
    const piped = sh(`cat ${FIXTURE} | $F --data /dev/stdin show mask`);
    expect([piped.status, piped.stderr]).toEqual([3, "filmcli: /dev/stdin: is a pipe, not a regular file; pipe a dataset in with --data - instead\n"]);
  });

  it("reads a dataset piped to stdin with --data - (and FILMCLI_DATA=-, and validate -)", () => {
    expect(JSON.parse(runCli(["--data", "-", "show", "mask", "--json"], {}, fixtureText).stdout)).toMatchObject({ id: "mask-1985" });
    expect(runCli(["cast", "mask", "--json"], { FILMCLI_DATA: "-" }, fixtureText).stdout).toBe(runCli(["--data", FIXTURE, "cast", "mask", "--json"]).stdout);
    expect(runCli(["validate", "-"], {}, fixtureText)).toEqual({ code: 0, stdout: "stdin: valid (7 films)\n", stderr: "" });
    expect(runCli(["--data", "-", "validate"], {}, fixtureText).stdout).toBe("stdin: valid (7 films)\n");
    // The private copy is gone afterwards and nothing was cached for it.
    expect(readdirSync(dir).filter((n) => n.startsWith("filmcli-stdin-"))).toEqual([]);
  });

  it("names stdin, not a temporary file, in every problem with a piped dataset", () => {
    const cases: Array<[string, string]> = [
      ["", "filmcli: stdin: the file is empty; expected a JSON dataset\n"],
      ['{"schemaVersion":1,"films":[{}]}', "filmcli: stdin: films[0].id: is missing (filmcli validate lists every problem)\n"],
      ["\u0000".repeat(100_000), "filmcli: stdin: not valid JSON (the dataset is not a JSON object)\n"],
    ];
    for (const [input, stderr] of cases) expect(runCli(["--data", "-", "show", "mask"], { TMPDIR: dir }, input)).toEqual({ code: 3, stdout: "", stderr });
    expect(readdirSync(dir).filter((n) => n.startsWith("filmcli-stdin-"))).toEqual([]);
  });

  it("stops reading an endless stream at once when it cannot be a dataset", () => {
    const r = sh("timeout 10 $F --data - show mask < /dev/zero");
    expect([r.status, r.stderr]).toEqual([3, "filmcli: stdin: not valid JSON (the dataset is not a JSON object)\n"]);
    const urandom = sh("head -c 5000000 /dev/urandom | (printf '{'; cat) | timeout 20 $F --data - show mask");
    expect(urandom.status).toBe(3);
    expect(urandom.stderr).toMatch(ONE_LINE);
  });

  it("refuses an empty --data and treats an empty FILMCLI_DATA as unset", () => {
    expect(runCli(["--data", "", "show", "mask"])).toMatchObject({ code: 2, stderr: 'filmcli: --data needs a dataset file, got ""; use --data - to read one from stdin\n' });
    const r = runCli(["show", "mask", "--json"], { FILMCLI_DATA: "" });
    expect([r.code, JSON.parse(r.stdout).id]).toEqual([0, "mask-1985"]);
  });
});

describe("permissions", () => {
  const asNobody = spawnSync("runuser", ["-u", "nobody", "--", "true"]).status === 0;
  const locked = file("locked.json", fixtureText);
  chmodSync(locked, 0o600);

  it.skipIf(!asNobody)("a dataset the user cannot read: exit 3, one line, for every command and validate", () => {
    for (const args of [`--data ${locked} show mask`, `validate ${locked}`, `--data ${locked} cast`]) {
      const r = sh(`runuser -u nobody -- env HOME=/tmp FILMCLI_CACHE_DIR= $F ${args}`);
      expect([r.status, r.stdout]).toEqual([3, ""]);
      expect(r.stderr).toBe(`filmcli: ${locked}: permission denied; make the file readable or pass another with --data\n`);
    }
  });

  it.skipIf(!asNobody)("a dataset in a folder the user cannot enter", () => {
    const r = sh(`mkdir -p ${dir}/closed && cp ${FIXTURE} ${dir}/closed/f.json && chmod 700 ${dir}/closed && runuser -u nobody -- env HOME=/tmp FILMCLI_CACHE_DIR= $F --data ${dir}/closed/f.json show mask`);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(`filmcli: ${dir}/closed/f.json: permission denied; make the file readable or pass another with --data\n`);
  });

  it.skipIf(!asNobody)("a cache folder the user cannot write still gives the answer", () => {
    const cache = mkdtempSync(join(tmpdir(), "filmcli-rootcache-"));
    const r = sh(`runuser -u nobody -- env HOME=/tmp FILMCLI_CACHE_DIR=${cache} $F --data ${FIXTURE} show mask --json`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe("mask-1985");
  });

  it.runIf(!asNobody)("cannot run as another user here: the permission cases are skipped", () => {
    console.warn("hostile2: runuser -u nobody is unavailable; permission cases skipped");
  });
});

describe("lost output", () => {
  it.each([["--version"], ["help"], ["show --help"], ["show mask"], ["cast --json"], [""], ["completion bash"]])("filmcli %s >/dev/full exits 74 with one line", (args) => {
    const r = sh(`$F ${args} >/dev/full`);
    expect([r.status, r.stderr]).toEqual([74, "filmcli: cannot write the output (ENOSPC)\n"]);
  });

  it.each([["--version"], ["help"], ["show mask"], ["list --plain"], ["validate"]])("filmcli %s with stdout closed exits 74", (args) => {
    const r = sh(`$F ${args} >&-`);
    expect([r.status, r.stderr]).toEqual([74, "filmcli: cannot write the output (stdout is closed)\n"]);
  });

  it("stdout sent to /dev/null on purpose is not an error", () => {
    expect(sh("$F show mask >/dev/null").status).toBe(0);
    expect(sh("$F --version >/dev/null").status).toBe(0);
  });

  it("an error message with stdout closed still reaches stderr with its own exit code", () => {
    const r = sh("$F show zzzzzzqqq >&-");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^filmcli: no film matches "zzzzzzqqq"/);
  });
});

describe("untrusted text in messages", () => {
  it("a dataset that begins with a byte order mark: named, escaped, one line", () => {
    const bom = file("bom.json", `\ufeff${fixtureText}`);
    for (const args of [["--data", bom, "show", "mask"], ["validate", bom]]) {
      const r = runCli(args);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`filmcli: ${bom}: begins with a byte order mark (U+FEFF), which JSON does not allow; save it as UTF-8 without a byte order mark\n`);
    }
  });

  it("JSON.parse quoting file contents: line breaks and invisible characters shown escaped, on one line", () => {
    const broken = file("broken.json", "{\n\n\u200b\u2028 \u001b[2J x");
    for (const args of [["--data", broken, "show", "mask"], ["validate", broken]]) {
      const r = runCli(args);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(ONE_LINE);
      expect(r.stderr).not.toMatch(/[\u200b\u2028\u001b]/);
    }
  });

  it("invalid UTF-8 is refused with its byte offset, by validate and every command", () => {
    const text = fixtureText.replace('"Mask"', '"Ma\u0001sk"');
    const bytes = Buffer.from(text);
    const at = bytes.indexOf(1);
    bytes[at] = 0xff;
    const bad = file("latin1.json", bytes);
    for (const args of [["validate", bad], ["--data", bad, "show", "mask"], ["--data", bad, "validate", "--json"]]) {
      const r = runCli(args);
      expect([r.code, r.stderr]).toEqual([3, `filmcli: ${bad}: is not valid UTF-8 (byte ${at}); save it as UTF-8\n`]);
    }
  });
});

describe("validation agrees with every command", () => {
  const withFirstFilm = (patch: Record<string, unknown>): string => {
    const data = JSON.parse(fixtureText) as { films: Array<Record<string, unknown>> };
    data.films[0] = { ...data.films[0], ...patch };
    return JSON.stringify(data);
  };
  it.each([
    ["year 99999", { year: 99999 }, "films[0].year: expected an integer from 1870 to 3000, got 99999"],
    ["a rating of 50 out of 10", { rating: { value: 50, scale: 10 } }, "films[0].rating.value: expected at most 10 (the scale), got 50"],
    ["a Rotten Tomatoes score of 1000%", { rottenTomatoes: 1000 }, "films[0].rottenTomatoes: expected an integer from 0 to 100, got 1000"],
    ["a runtime of 0 minutes", { runtimes: [{ minutes: 0 }] }, "films[0].runtimes[0].minutes: expected an integer from 1 to 100000 or null, got 0"],
  ])("%s: validate and show both refuse it", (_name, patch, problem) => {
    const path = file(`range-${Object.keys(patch)[0]}.json`, withFirstFilm(patch));
    const v = runCli(["validate", path, "--json"]);
    expect(v.code).toBe(3);
    expect((JSON.parse(v.stdout) as { problems: Array<{ path: string; message: string }> }).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([problem]);
    const s = runCli(["--data", path, "show", "mask"]);
    expect([s.code, s.stderr]).toEqual([3, `filmcli: ${path}: ${problem} (filmcli validate lists every problem)\n`]);
  });
});

describe("messages", () => {
  it("two films of one title and one year: the hint does not say to add the year", () => {
    const data = JSON.parse(fixtureText) as { films: Array<Record<string, unknown>> };
    data.films.push({ ...data.films[1], id: "the-mask-1994-2" });
    const path = file("twins.json", JSON.stringify(data));
    for (const query of [["the", "mask"], ["the", "mask", "1994"]]) {
      const r = runCli(["--data", path, "show", ...query]);
      expect(r.code).toBe(1);
      expect(r.stderr.split("\n")[0]).toMatch(/matches 2 films; name one by id$/);
    }
  });

  it("help for an unknown command names it, with the nearest one", () => {
    expect(runCli(["help", "bogus"])).toEqual({ code: 2, stdout: "", stderr: "filmcli: unknown command 'bogus'; see filmcli --help\n" });
    expect(runCli(["help", "shw"]).stderr).toBe("filmcli: unknown command 'shw' (did you mean \"show\"?); see filmcli --help\n");
    expect(runCli(["help", "help"]).code).toBe(0);
  });

  it("too many arguments reads as one sentence", () => {
    expect(runCli(["list", "a", "b"]).stderr).toBe("filmcli: too many arguments for 'list': expected 0 arguments but got 2; see filmcli list --help\n");
    expect(runCli(["completion", "bash", "x"]).stderr).toBe("filmcli: too many arguments for 'completion': expected 1 argument but got 2; see filmcli completion --help\n");
  });
});

describe("the pager", () => {
  const tty = (command: string, env: Record<string, string>) =>
    spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", HOME: dir, COLUMNS: "80", LINES: "10", FILMCLI_CACHE_DIR: CACHE, ...env } });
  const hasScript = spawnSync("script", ["--version"]).status === 0;

  it.skipIf(!hasScript)("a pager that fails: the output is written directly, with one line saying why", () => {
    const r = tty(`stty rows 10 cols 80; ${process.execPath} ${BIN} cast mask`, { TERM: "xterm", PAGER: "false" });
    expect(r.stdout).toContain("Kelly Jo Minter");
    expect(r.stdout).toContain("filmcli: the pager (false) exited with status 1, so the output was written directly; set PAGER or use --no-pager");
  });

  it.skipIf(!hasScript)("TERM=dumb never starts a pager", () => {
    const r = tty(`stty rows 10 cols 80; ${process.execPath} ${BIN} cast mask`, { TERM: "dumb", PAGER: "echo PAGED" });
    expect(r.stdout).toContain("Kelly Jo Minter");
    expect(r.stdout).not.toContain("PAGED");
  });

  it.skipIf(!hasScript)("Ctrl-C while the pager runs leaves filmcli waiting for the pager, which then ends it", () => {
    // The pager traps SIGINT like less does and exits 0 a moment later; filmcli must outlive it.
    const pager = file("pager.sh", `trap 'echo PAGER-GOT-INT' INT; cat >/dev/null; sleep 1; echo PAGER-DONE\n`);
    // (A background job's stdin is /dev/null unless given the terminal.)
    const r = tty(`stty rows 10 cols 80; ${process.execPath} ${BIN} cast mask </dev/tty & sleep 0.7; kill -INT $!; wait $!; echo "filmcli=$?"`, { TERM: "xterm", PAGER: `sh ${pager}` });
    // filmcli ended after its pager, normally: before, it died of the signal (130) and left the pager running.
    expect(r.stdout).toMatch(/PAGER-DONE[\s\S]*filmcli=0/);
  });
});

describe("bash completion after a command", () => {
  const complete = (words: string[]): string[] => {
    const script = `source <(${process.execPath} ${BIN} completion bash); COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _filmcli; printf '%s\\n' "\${COMPREPLY[@]}"`;
    return spawnSync("bash", ["-c", script], { encoding: "utf8", cwd: ROOT }).stdout.split("\n").filter(Boolean);
  };
  it("offers the program's options too: --data, --width, --no-pager, --help", () => {
    expect(complete(["filmcli", "show", "--d"])).toEqual(["--data", "--debug"]);
    expect(complete(["filmcli", "list", "--w"])).toEqual(["--width"]);
    expect(complete(["filmcli", "cast", "--no-"])).toEqual(["--no-color", "--no-pager"]);
    expect(complete(["filmcli", "trivia", "--h"])).toEqual(["--help"]);
    expect(complete(["filmcli", "show", "--data", "tests/fixtures/fil"])).toEqual(["tests/fixtures/films.json"]);
  });
});
