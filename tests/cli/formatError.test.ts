import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import {
  AmbiguousError, DatasetError, EmptyQueryError, ExitCode, NoMatchError, OutputError, UsageError, type DatasetProblem,
} from "../../src/errors";
import { exitCodeFor, formatError } from "../../src/cli/formatError";
import { ImportError, type ImportProblem } from "../../src/catalog/library/importError";

const mask = { id: "mask-1985", title: "Mask", year: 1985 };
const theMask = { id: "the-mask-1994", title: "The Mask", year: 1994 };
const kong1976 = { id: "king-kong-1976", title: "King Kong", year: 1976 };
const kong2005 = { id: "king-kong-2005", title: "King Kong", year: 2005 };

describe("exitCodeFor", () => {
  it.each([
    [new NoMatchError({ kind: "film", query: "x", suggestions: [] }), ExitCode.noMatch],
    [new NoMatchError({ kind: "person", query: "x", suggestions: [] }), ExitCode.noMatch],
    [new AmbiguousError({ kind: "film", query: "x", candidates: [mask, theMask] }), ExitCode.noMatch],
    [new AmbiguousError({ kind: "person", query: "x", candidates: ["A", "B"] }), ExitCode.noMatch],
    [new UsageError("x"), ExitCode.usage],
    [new EmptyQueryError("film"), ExitCode.usage],
    [new EmptyQueryError("person"), ExitCode.usage],
    [new DatasetError({ problem: "empty", file: "f.json" }), ExitCode.dataset],
    [DatasetError.unreadable("f.json", Object.assign(new Error("x"), { code: "ENOENT" })), ExitCode.dataset],
    [new OutputError("x"), ExitCode.output],
    [new CommanderError(1, "commander.unknownOption", "error: unknown option '--x'"), ExitCode.usage],
    [new TypeError("bug"), ExitCode.internal],
    ["a thrown string", ExitCode.internal],
  ])("%s exits %i", (error, code) => expect(exitCodeFor(error)).toBe(code));
});

describe("formatError words each kind of failure from its facts", () => {
  it.each<[string, Error, string]>([
    ["a film with near ones", new NoMatchError({ kind: "film", query: "king kong 1933", suggestions: [kong1976, kong2005] }),
      'filmcli: no film matches "king kong 1933"; did you mean one of these?\n'
      + "  king-kong-1976               King Kong (1976)\n"
      + "  king-kong-2005               King Kong (2005)\n"],
    ["a film with none near", new NoMatchError({ kind: "film", query: "zzzzzz", suggestions: [] }),
      'filmcli: no film matches "zzzzzz"; try filmcli search <words>\n'],
    ["a person with near ones", new NoMatchError({ kind: "person", query: "eric stolz", suggestions: ["Eric Stoltz", "Eric Roberts"] }),
      'filmcli: no person matches "eric stolz"; did you mean one of these?\n  Eric Stoltz\n  Eric Roberts\n'],
    ["a person with none near", new NoMatchError({ kind: "person", query: "zzzzzz", suggestions: [] }),
      'filmcli: no person matches "zzzzzz"\n'],
    ["equal films", new AmbiguousError({ kind: "film", query: "king kong", candidates: [kong1976, kong2005] }),
      'filmcli: "king kong" matches 2 films; name one by id or add its year\n'
      + "  king-kong-1976               King Kong (1976)\n"
      + "  king-kong-2005               King Kong (2005)\n"],
    ["equal people, counted all and listed up to ten",
      new AmbiguousError({ kind: "person", query: "smith", candidates: Array.from({ length: 12 }, (_, i) => `Smith ${i + 1}`) }),
      `filmcli: "smith" matches 12 people; give more of the name\n${Array.from({ length: 10 }, (_, i) => `  Smith ${i + 1}\n`).join("")}`],
    ["no film named", new EmptyQueryError("film"), "filmcli: no film given; name one, e.g. filmcli show mask\n"],
    ["no person named", new EmptyQueryError("person"), "filmcli: no name given; e.g. filmcli person eric stoltz\n"],
    ["a usage error raised by the CLI", new UsageError("--width must be a positive whole number, got \"abc\""),
      'filmcli: --width must be a positive whole number, got "abc"\n'],
    ["a known failure with detail lines", new UsageError("two fit", ["  a", "  b"]), "filmcli: two fit\n  a\n  b\n"],
    ["an output failure", new OutputError("cannot write the output (ENOSPC)"), "filmcli: cannot write the output (ENOSPC)\n"],
  ])("%s", (_name, error, text) => expect(formatError(error, false)).toBe(text));
});

describe("formatError words each dataset problem, adding what to do", () => {
  it.each<[DatasetProblem, string]>([
    [{ problem: "unreadable", file: "d.json", errno: "ENOENT" }, "d.json: no such file; pass an existing dataset with --data or FILMCLI_DATA"],
    [{ problem: "unreadable", file: "d.json", errno: "EACCES" }, "d.json: permission denied; make the file readable or pass another with --data"],
    [{ problem: "unreadable", file: "d.json", errno: "EPERM" }, "d.json: permission denied; make the file readable or pass another with --data"],
    [{ problem: "unreadable", file: "d.json", errno: "EIO" }, "d.json: cannot be read (EIO)"],
    [{ problem: "is-directory", file: "dir" }, "dir: is a directory; pass a dataset file with --data"],
    [{ problem: "empty", file: "d.json" }, "d.json: the file is empty; expected a JSON dataset"],
    [{ problem: "not-json", file: "d.json", reason: "Unexpected token 'f'" }, "d.json: not valid JSON (Unexpected token 'f')"],
    [{ problem: "too-large", file: "d.json", bytes: 600 * 2 ** 20 + 1, limit: 512 * 2 ** 20 },
      "d.json: is 600 MiB; validate reads files up to 512 MiB (other commands read any size)"],
    [{ problem: "invalid", file: "d.json", path: "films[3].year", detail: 'expected an integer, got "1985"' },
      'd.json: films[3].year: expected an integer, got "1985" (filmcli validate lists every problem)'],
    [{ problem: "invalid", file: "d.json", path: "", detail: "expected an object, got an array" },
      "d.json: (top level): expected an object, got an array (filmcli validate lists every problem)"],
  ])("%j", (fact, line) => expect(formatError(new DatasetError(fact), false)).toBe(`filmcli: ${line}\n`));

  it.each([
    [{ code: "ENOENT" }, { problem: "unreadable", file: "d.json", errno: "ENOENT" }],
    [{ code: "EISDIR" }, { problem: "is-directory", file: "d.json" }],
    ["no code at all", { problem: "unreadable", file: "d.json", errno: "no code at all" }],
  ])("keeps what fs threw (%j) as facts", (thrown, fact) => expect(DatasetError.unreadable("d.json", thrown).fact).toEqual(fact));
});

describe("formatError words each import problem, adding what to do", () => {
  it.each<[ImportProblem, string]>([
    [{ problem: "no-folder", dir: "imdb" }, "imdb: no such folder; pass the folder that holds the IMDb files, or fetch them with filmcli import imdb --download"],
    [{ problem: "no-basics", dir: "imdb" }, "imdb: title.basics.tsv.gz is not there, and the import needs it; fetch the files with filmcli import imdb --download (or from https://datasets.imdbws.com/)"],
    [{ problem: "wrong-header", file: "d/title.crew.tsv.gz", expected: ["tconst", "directors", "writers"], got: ["x"] },
      "d/title.crew.tsv.gz: the header is not title.crew.tsv.gz's (expected tconst directors writers; got x); download the file again (filmcli import imdb --download resumes and checks it)"],
    [{ problem: "unreadable-file", file: "t.gz", code: "Z_BUF_ERROR", detail: "", line: 7 },
      "t.gz: the gzip data is truncated after line 7; download the file again (filmcli import imdb --download resumes and checks it)"],
    [{ problem: "download", url: "http://h/t.gz", detail: "HTTP 503" }, "cannot download http://h/t.gz (HTTP 503); check the network (or the --from address) and run the command again: it resumes"],
    [{ problem: "unwritable", dir: "/ro", errno: "EACCES" }, "/ro: the library folder cannot be written (EACCES); make the folder writable, or set FILMCLI_HOME to a folder that is"],
    [{ problem: "no-page", path: "p.txt" }, "p.txt: no such file or folder"],
    [{ problem: "locked", file: "h/import.lock", pid: 4242 },
      "h/import.lock: another process is changing the library folder (pid 4242); wait for it to finish and run the command again (nothing was changed)"],
    [{ problem: "bad-library", file: "l.idx", detail: "truncated" }, "l.idx: the library cannot be read (truncated); import again (filmcli import imdb) or remove it (filmcli library remove)"],
  ])("%j", (fact, line) => {
    expect(formatError(new ImportError(fact), false)).toBe(`filmcli: ${line}\n`);
    expect(new ImportError(fact).message).not.toMatch(/filmcli|--|FILMCLI_/);
  });
});

describe("core messages state facts and name no command or option", () => {
  it.each([
    new NoMatchError({ kind: "film", query: "zzzzzz", suggestions: [] }),
    new AmbiguousError({ kind: "film", query: "king kong", candidates: [kong1976, kong2005] }),
    new EmptyQueryError("film"),
    new EmptyQueryError("person"),
    new DatasetError({ problem: "unreadable", file: "d.json", errno: "ENOENT" }),
    new DatasetError({ problem: "is-directory", file: "dir" }),
    new DatasetError({ problem: "too-large", file: "d.json", bytes: 2 ** 30, limit: 2 ** 29 }),
    new DatasetError({ problem: "invalid", file: "d.json", path: "films[0]", detail: "is missing" }),
  ])("%s", (error) => expect(error.message).not.toMatch(/filmcli|--|FILMCLI_|validate/));
});

describe("formatError for unexpected errors", () => {
  it("prints an unexpected error as one line that points at --debug, without a stack", () => {
    expect(formatError(new TypeError("x is undefined"), false))
      .toBe("filmcli: internal error: x is undefined; run again with --debug for details\n");
  });

  it("adds the stack with --debug", () => {
    const out = formatError(new TypeError("x is undefined"), true);
    expect(out.split("\n")[0]).toBe("filmcli: internal error: x is undefined; run again with --debug for details");
    expect(out).toMatch(/\n\s+at /);
  });
});
