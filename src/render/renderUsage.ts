import type { CommandDoc } from "./commandDoc";

/** The short usage `filmcli` prints when run without arguments. */
export function renderUsage(commands: readonly CommandDoc[]): string {
  const shown = commands.filter((c) => !c.hidden);
  const syntax = (c: CommandDoc): string => `${c.name}${c.args ? ` ${c.args}` : ""}`;
  const width = Math.max(...shown.map((c) => syntax(c).length)) + 2;
  return [
    "filmcli: look up films offline",
    "",
    "Usage: filmcli <command> [options]",
    "",
    "Commands:",
    ...shown.map((c) => `  ${syntax(c).padEnd(width)}${c.summary}`),
    "",
    "Examples:",
    "  $ filmcli show mask",
    "  $ filmcli trivia makeup",
    "  $ filmcli list --sort rating",
    "  $ filmcli cast mask --json | jq -r '.[].actor'",
    "",
    "Run filmcli help <command> (or filmcli <command> -h) for its options and examples.",
    "",
  ].join("\n");
}
