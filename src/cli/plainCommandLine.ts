import { longFlag, shortFlag, takesValue } from "../render/commandDoc";
import type { CommandSpec } from "./command";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "./options";
import { parseOptions, type OptionSpec } from "./optionSpec";
import type { Invocation } from "./invocation";

/** How one option is written: its short and long flag, and whether a value follows it. */
interface Written {
  spec: OptionSpec;
  short: string | undefined;
  long: string;
  takesValue: boolean;
}

/** An option's flags as its spec gives them; undefined for an optional value ("--x [y]"), which this reader leaves to commander. */
function written(spec: OptionSpec): Written | undefined {
  return spec.flags.includes("[") ? undefined : { spec, short: shortFlag(spec), long: longFlag(spec), takesValue: takesValue(spec) };
}

/** How many words an argument declaration ("<film...>", "[file]", "") takes: at least, and at most. */
function wordCount(args: string | undefined): { min: number; max: number } | undefined {
  if (!args) return { min: 0, max: 0 };
  const m = /^([<[])\w+(\.\.\.)?[>\]]$/.exec(args);
  if (!m) return undefined;
  return { min: m[1] === "<" ? 1 : 0, max: m[2] ? Infinity : 1 };
}

/**
 * The common command line read without commander: a visible command first, then its words and
 * long options (`--year 1985`, `--year=1985`, `--json`), each at most once. Anything else (help,
 * the version, a global option before the command, `--`, a word starting with "-", an unknown or
 * repeated option, a missing value, too many or too few words) returns undefined, and commander
 * reads the line, so that every error and all help stay commander's. Loading and wiring commander
 * costs every run a few milliseconds; this reader gives the same invocation as commander would
 * (tests/cli/plainCommandLine.test.ts compares the two).
 */
export function readPlainCommandLine(argv: readonly string[], commands: readonly CommandSpec[]): Invocation | undefined {
  const command = commands.find((c) => c.name === argv[0] && c.hidden !== true);
  const count = wordCount(command?.args);
  if (!command || !count) return undefined;
  const options = [...command.options, ...SHARED_OPTIONS, ...GLOBAL_OPTIONS].map(written);
  if (options.includes(undefined)) return undefined;
  const raw: Record<string, unknown> = {};
  const words: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    if (!word.startsWith("-")) {
      words.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const flag = word.startsWith("--") && eq > 0 ? word.slice(0, eq) : word;
    const option = options.find((o) => o!.long === flag || o!.short === flag);
    if (!option || option.spec.key in raw) return undefined;
    if (!option.takesValue) {
      if (flag !== word) return undefined;
      raw[option.spec.key] = option.spec.value === "flag" || (option.spec.value === "toggle" && !flag.startsWith("--no-"));
      continue;
    }
    const value = flag !== word ? word.slice(eq + 1) : argv[++i];
    if (value === undefined || (flag === word && value.startsWith("-"))) return undefined;
    raw[option.spec.key] = value;
  }
  if (words.length < count.min || words.length > count.max) return undefined;
  const global = { ...parseOptions(GLOBAL_OPTIONS, raw), ...parseOptions(SHARED_OPTIONS, raw) };
  return { kind: "run", command, words, options: parseOptions(command.options, raw), global };
}
