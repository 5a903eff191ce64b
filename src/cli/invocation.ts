import type { CommanderError } from "commander";
import type { CommandSpec } from "./command";
import type { GlobalOptions } from "./options";
import type { OptionSpec, ParsedOptions } from "./optionSpec";

/** What a command line asks for: a command to run with its words and parsed options, or text to print. */
export type Invocation =
  | {
    kind: "run";
    command: CommandSpec;
    words: string[];
    /** The command's own options, parsed as its spec declares them. */
    options: ParsedOptions<readonly OptionSpec[]>;
    /** The program's options and the shared ones (--json, --plain), parsed. */
    global: GlobalOptions;
  }
  | {
    kind: "print";
    /** Help, the version or the short usage. */
    stdout: string;
    stderr: string;
    /** Set when the text was shown because the command line is wrong (help for a missing command): reported after it. */
    failure?: CommanderError;
  };
