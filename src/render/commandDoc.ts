/** One option as help, the man page and completion scripts show it. */
export interface OptionDoc {
  /** Commander's syntax: "--year <year>", "-s, --search <text>", "--no-color". */
  readonly flags: string;
  readonly description: string;
}

/** A command as help, the man page and completion scripts describe it. */
export interface CommandDoc {
  readonly name: string;
  readonly summary: string;
  /** Commander argument syntax, e.g. "[film...]". */
  readonly args: string;
  readonly argsDescription: string;
  readonly options: readonly OptionDoc[];
  readonly examples: readonly string[];
  /** Left out of help, docs and completion (internal commands such as __complete). */
  readonly hidden?: boolean;
  /** The argument names films, so completion offers film ids for it. */
  readonly filmArgument?: boolean;
}

/** The whole program as its docs describe it: every command, the program's options and those every command takes. */
export interface ProgramDoc {
  readonly commands: readonly CommandDoc[];
  /** Options of the program itself, given before or after the command. */
  readonly global: readonly OptionDoc[];
  /** Options every visible command accepts (--json, --plain). */
  readonly shared: readonly OptionDoc[];
}

/** The long flag of an option: "--min-rating" for "--min-rating <rating>". */
export function longFlag(option: OptionDoc): string {
  return /--[\w-]+/.exec(option.flags)![0];
}

/** The short flag of an option, if it has one: "-s" for "-s, --search <text>". */
export function shortFlag(option: OptionDoc): string | undefined {
  return /^-\w(?=,)/.exec(option.flags)?.[0];
}

/** Whether an option takes a value ("--year <year>"). */
export function takesValue(option: OptionDoc): boolean {
  return /[<[]/.test(option.flags);
}
