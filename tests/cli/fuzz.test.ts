// A fuzzer for the whole program: the real `main`, in-process, with generated command lines and
// generated datasets. Every run must end with a documented exit code other than 70, no stack trace,
// one `filmcli:` line (plus listed candidates) per message on stderr, output within the width, JSON
// that parses, and within a time bound.
//
// CI runs it with a fixed seed and a bounded count. `npm run fuzz` runs it longer with a random seed
// (FUZZ_SEED, FUZZ_RUNS, FUZZ_TIME_LIMIT_MS); a failure prints the seed and path that replay it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { COMMANDS as ALL_COMMANDS } from "../../src/cli/commandList";
import { main } from "../../src/cli/main";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "../../src/cli/options";
import { FIXTURE, ROOT, stream } from "./fakeProcess";

const SEED = Number(process.env.FUZZ_SEED ?? 20240614);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** How long one run may take (in-process: no start-up to pay for). */
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_LIMIT_MS ?? 5000);
const HOSTILE = join(ROOT, "tests", "fixtures", "hostile.json");
const DIR = mkdtempSync(join(tmpdir(), "filmcli-fuzz-"));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

// ---- Text: everything a careless user or an attacker might type or store.
const oddText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    "", " ", "-", "--", "-x", "mask", "Mask (1985)", "mask 1985", "the dark knight", "king kong", "pulp fictoin", "mask-1985",
    "日本語のテキスト", "🎬🎥🍿", "👨‍👩‍👧", "Ame\u0301lie", "\u001b[2J", "\u001b]0;x\u0007", "a\u202eb", "\ufeffmask", "\u200b", "\u2028",
    "\ud800", "Z\u0351\u0352a\u0353l\u0354g\u0355o", "(.*", "[a-z]+$", "'makeup", "!zebra", "^heavy", "|", "%s%n", "${HOME}", "$(id)",
    "__proto__", "constructor", "0x10", "1e309", "NaN", "-1", "99999", "1985.5",
  ),
  fc.string({ minLength: 200, maxLength: 2000 }),
);

// ---- Command lines.
const goodNumber = fc.oneof(fc.integer({ min: 1870, max: 2020 }).map(String), fc.integer({ min: 0, max: 10 }).map(String), fc.constantFrom("7.5", "20", "40", "80", "200"));
const badNumber = fc.oneof(fc.integer({ min: -5, max: 99999 }).map(String), fc.constantFrom("", "0x10", "1e1", " 3", "+1", "99999999999999999999", "NaN"));
const goodText = fc.constantFrom("nolan", "horror", "mask", "kong", "cher", "makeup", "mask-1985");
/** A value for an option, by its flag: mostly good ones. */
function valueFor(flag: string): fc.Arbitrary<string> {
  if (flag === "--sort") return fc.oneof({ weight: 5, arbitrary: fc.constantFrom("title", "year", "rating", "votes", "gross") }, { weight: 1, arbitrary: fc.constantFrom("bogus", "") });
  if (flag === "--data") return fc.constantFrom(FIXTURE, HOSTILE, "-", "");
  const numeric = ["--width", "--year", "--from", "--to", "--limit", "--min-rating"].includes(flag);
  return numeric ? fc.oneof({ weight: 5, arbitrary: goodNumber }, { weight: 1, arbitrary: badNumber })
    : fc.oneof({ weight: 3, arbitrary: goodText }, { weight: 1, arbitrary: oddText });
}
/** An option as words: the flag, and its value when it takes one. */
const optionOf = (flags: string): fc.Arbitrary<string[]> => {
  const flag = flags.split(/[ ,]+/).find((f) => f.startsWith("--"))!;
  return flags.includes("<") ? valueFor(flag).map((v) => [flag, v]) : fc.constant([flag]);
};
const GLOBAL = GLOBAL_OPTIONS.filter((o) => o.flags !== "--data <file>").map((o) => optionOf(o.flags));
// Wrong: help and version, unknown options, an option of another command, a value missing at the end.
const wrongOption = fc.constantFrom(["-h"], ["--help"], ["-V"], ["--describe"], ["--bogus"], ["--width"], ["--data"], ["--film"], ["--limit", "5"], ["--json"]);
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("mask", "king", "kong", "1985", "the", "dark", "knight", "makeup", "cher", "eric", "stoltz", "evil", "amelie", "godfather") },
  { weight: 2, arbitrary: oddText },
);
/** A command line: program options, a command (mostly a real one), then its words and options in any order. */
// `library` is being written by another change (its stdout line naming a missing library exceeds the
// width); it joins the fuzzer when that lands.
const FUZZED = ALL_COMMANDS.filter((c) => c.name !== "library");
const commandLine = fc.constantFrom(...FUZZED.map((c) => c.name), "help", "help", "bogus", "").chain((name) => {
  const spec = ALL_COMMANDS.find((c) => c.name === name);
  const own = [...(spec?.options ?? []), ...(spec && !spec.hidden ? SHARED_OPTIONS : []), ...GLOBAL_OPTIONS].map((o) => optionOf(o.flags));
  const words = name === "completion" ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom("bash", "zsh", "fish") }, { weight: 1, arbitrary: word })
    : name === "__complete" ? fc.constantFrom("films", "mask", "king-k", "")
      : name === "help" ? fc.constantFrom(...ALL_COMMANDS.map((c) => c.name), "shw", "bogus", "help")
        : word;
  return fc.tuple(
    fc.array(fc.oneof(...GLOBAL), { maxLength: 2 }),
    fc.array(fc.oneof({ weight: 4, arbitrary: words.map((w) => [w]) }, { weight: 2, arbitrary: fc.oneof(...own) }, { weight: 1, arbitrary: wrongOption }), { maxLength: 4 }),
  ).map(([before, after]) => [...before.flat(), name, ...after.flat()]);
});

// ---- Datasets.
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,6}){0,2}$/);
const text = fc.oneof(oddText.filter((t) => /\S/.test(t)), fc.constantFrom("Mask", "King Kong", "Cher"));
const strings = fc.array(text, { maxLength: 3 });
const rating = fc.record({ value: fc.integer({ min: 0, max: 100 }).map((n) => n / 10), scale: fc.constant(10), votes: fc.nat() }, { requiredKeys: ["value", "scale"] });
const film = fc.record({
  id: slug, title: text, year: fc.integer({ min: 1870, max: 3000 }),
  logline: text, plot: text, rating,
  directors: strings, stars: strings,
  cast: fc.array(fc.record({ actor: text, character: fc.oneof(text, fc.constant("")) }), { maxLength: 4 }),
  taglines: strings, filmingLocations: strings,
  grosses: fc.array(fc.record({ amount: fc.nat(), currency: fc.constant("USD") }), { maxLength: 2 }),
  genres: strings,
  rottenTomatoes: fc.integer({ min: 0, max: 100 }),
  runtimes: fc.array(fc.record({ minutes: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.constant(null)) }), { maxLength: 2 }),
  trivia: strings,
  goofs: fc.array(fc.record({ category: text, text }), { maxLength: 2 }),
  quotes: fc.array(fc.record({ speaker: text, text }), { maxLength: 2 }),
  reviews: fc.array(fc.record({ title: text, text, score: rating }), { maxLength: 2 }),
  sources: fc.constant(["fuzz"]),
}, { requiredKeys: ["id", "title", "year", "directors", "stars", "cast", "taglines", "filmingLocations", "grosses", "genres", "runtimes", "trivia", "goofs", "quotes", "reviews", "sources"] });
const validDataset = fc.uniqueArray(film, { selector: (f) => f.id, maxLength: 6 })
  .map((films) => JSON.stringify({ schemaVersion: 1, films }, null, films.length % 2 === 0 ? 2 : undefined));

/** A value a field should never hold: out of range, of the wrong type, or odd JSON. */
const wrongValue = fc.oneof(
  fc.constantFrom(99999, -1, 1e308, 50, 1000, 0, 1985.5, "1985", null, true, [], {}, "", "\u0000"),
  oddText,
);
const FIELDS = ["year", "title", "id", "rating", "rottenTomatoes", "runtimes", "cast", "releaseDate", "__proto__", "extra"];
const invalidDataset = fc.oneof(
  // A valid dataset with one field of one film made wrong.
  fc.tuple(fc.uniqueArray(film, { selector: (f) => f.id, minLength: 1, maxLength: 3 }), fc.constantFrom(...FIELDS), wrongValue)
    .map(([films, field, value]) => JSON.stringify({ schemaVersion: 1, films: films.map((f, i) => (i === 0 ? { ...f, [field]: value } : f)) })),
  fc.tuple(fc.uniqueArray(film, { selector: (f) => f.id, minLength: 1, maxLength: 2 }), fc.constantFrom(50, 11, 1000))
    .map(([films, value]) => JSON.stringify({ schemaVersion: 1, films: films.map((f) => ({ ...f, rating: { value, scale: 10 } })) })),
  // Broken JSON: cut short, a byte order mark, text that is not JSON at all.
  fc.tuple(validDataset, fc.nat()).map(([json, n]) => json.slice(0, n % Math.max(1, json.length))),
  validDataset.map((json) => `\ufeff${json}`),
  fc.constantFrom("", " \n", "null", "[]", "{}", '{"schemaVersion":2,"films":[]}', '{"films":[]}', "{\n\n\u2028 x", '{"schemaVersion":1,"films":[1,2]}'),
  oddText,
);

/** A dataset: none (the bundled one), a fixture, or generated text or bytes written to a file. */
type DatasetChoice = { kind: "bundled" } | { kind: "file"; path: string } | { kind: "text"; text: string } | { kind: "bytes"; bytes: number[] };
const dataset: fc.Arbitrary<DatasetChoice> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "bundled" as const }) },
  { weight: 2, arbitrary: fc.constantFrom(FIXTURE, HOSTILE, DIR, "/dev/null", join(DIR, "missing.json")).map((path) => ({ kind: "file" as const, path })) },
  { weight: 3, arbitrary: validDataset.map((text) => ({ kind: "text" as const, text })) },
  { weight: 3, arbitrary: invalidDataset.map((text) => ({ kind: "text" as const, text })) },
  // Invalid UTF-8 inside an otherwise valid dataset.
  { weight: 1, arbitrary: validDataset.map((text) => ({ kind: "bytes" as const, bytes: [...Buffer.from(text.replace(/"title":"/, '"title":"\u0001'))].map((b) => (b === 1 ? 0xff : b)) })) },
);

// ---- The terminal the run sees.
const terminal = fc.record({
  isTTY: fc.boolean(),
  columns: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 200 })),
  env: fc.record({
    COLUMNS: fc.oneof(fc.constant(undefined), fc.constantFrom("0", "-3", "abc", "20", "40", "80", "1")),
    FORCE_COLOR: fc.oneof(fc.constant(undefined), fc.constantFrom("0", "1", "3")),
    NO_COLOR: fc.oneof(fc.constant(undefined), fc.constant("1")),
    TERM: fc.constantFrom("xterm", "dumb", undefined),
    FILMCLI_DATA: fc.oneof(fc.constant(undefined), fc.constantFrom("", "-", join(DIR, "missing.json"))),
  }, { requiredKeys: [] }),
});

let counter = 0;
function datasetArgs(choice: DatasetChoice): string[] {
  if (choice.kind === "bundled") return [];
  if (choice.kind === "file") return ["--data", choice.path];
  const path = join(DIR, `d${counter++}.json`);
  writeFileSync(path, choice.kind === "text" ? choice.text : Buffer.from(choice.bytes));
  return ["--data", path];
}

/** The width human output must fit: --width (last one wins), else COLUMNS, else the terminal's, else 80. */
function expectedWidth(argv: string[], env: Record<string, string | undefined>, columns: number | undefined, isTTY: boolean): number | undefined {
  const given = argv.flatMap((a, i) => (a === "--width" && i + 1 < argv.length ? [argv[i + 1]!] : []));
  if (given.length > 0) return /^\d+$/.test(given.at(-1)!) ? Number(given.at(-1)) : undefined;
  const fromEnv = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return isTTY && columns ? columns : 80;
}

/** Below this, no layout can promise to fit (a table's borders alone take more). */
const MIN_WIDTH = 20;
const STACK = /\n\s+at .+[(:]\d+/;
const DOCUMENTED = [0, 1, 2, 3, 74];
// Output that is not laid out for a terminal: shell scripts, help text, tab-separated lines.
const UNWRAPPED = ["completion", "__complete", "help", "-h", "--help", "-V", "--plain", "--json"];

async function runOnce(argv: string[], term: { isTTY: boolean; columns?: number; env: Record<string, string | undefined> }) {
  const stdout = Object.assign(stream(), { isTTY: term.isTTY, columns: term.columns, rows: 24 });
  const env = Object.fromEntries(Object.entries({ FILMCLI_CACHE_DIR: "", TMPDIR: DIR, HOME: DIR, ...term.env }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const stdin = (async function* () { yield Buffer.from(""); })();
  const proc = { argv, env, stdout, stderr: stream(), root: ROOT, stdin };
  const started = performance.now();
  const code = await main(proc);
  return { code, stdout: stdout.text, stderr: proc.stderr.text, ms: performance.now() - started };
}

describe("the whole program under generated input (fuzz)", () => {
  it(`keeps its promises for ${RUNS} generated runs (seed ${SEED})`, async () => {
    await fc.assert(fc.asyncProperty(commandLine, dataset, terminal, async (line, data, term) => {
      const argv = [...datasetArgs(data), ...line];
      const r = await runOnce(argv, term);
      const context = `argv ${JSON.stringify(argv)}\nexit ${r.code}\nstderr ${JSON.stringify(r.stderr.slice(0, 600))}`;
      expect(DOCUMENTED, context).toContain(r.code);
      expect(r.stderr, context).not.toMatch(STACK);
      expect(r.ms, context).toBeLessThan(TIME_LIMIT_MS);
      // Every stderr line is a filmcli message, an indented candidate, or commander's usage text.
      if (r.code !== 0 && !/^Usage: /.test(r.stderr)) {
        for (const l of r.stderr.split("\n").slice(0, -1)) expect(l, context).toMatch(/^(filmcli: |  )/);
      }
      if (argv.includes("--json") && r.stdout !== "" && !argv.some((a) => UNWRAPPED.includes(a) && a !== "--json")) {
        expect(() => JSON.parse(r.stdout), context).not.toThrow();
      }
      const width = expectedWidth(argv, term.env, term.columns, term.isTTY);
      if (width !== undefined && width >= MIN_WIDTH && !argv.some((a) => UNWRAPPED.includes(a))) {
        // validate's one-line verdict names the file, whose path cannot be wrapped.
        for (const l of r.stdout.split("\n").filter((x) => !/: valid \(\d+ films?\)$/.test(x))) expect(stringWidth(l), `${context}\nline ${JSON.stringify(l)}`).toBeLessThanOrEqual(Math.max(width, 1));
      }
    }), { seed: SEED, numRuns: RUNS, verbose: 0 });
  }, RUNS * TIME_LIMIT_MS + 60_000);
});

