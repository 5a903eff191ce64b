import { longFlag, takesValue, type CommandDoc, type OptionDoc, type ProgramDoc } from "./commandDoc";
import { SORTS } from "../search/sortOrder";

/** The shells filmcli writes completion scripts for. */
export type Shell = "bash" | "zsh" | "fish";
export const SHELLS: readonly Shell[] = ["bash", "zsh", "fish"];

const visible = (spec: ProgramDoc): CommandDoc[] => spec.commands.filter((c) => !c.hidden);
const optionsOf = (spec: ProgramDoc, command: CommandDoc): OptionDoc[] => [...command.options, ...spec.shared];
const valueFlags = (spec: ProgramDoc): string[] =>
  [...spec.global, ...spec.commands.flatMap((c) => c.options)].filter(takesValue).map(longFlag);
const singleQuoted = (text: string): string => `'${text.replace(/'/g, "'\\''")}'`;

function bash(spec: ProgramDoc): string {
  const commands = visible(spec);
  const filmCommands = commands.filter((c) => c.filmArgument).map((c) => c.name).join("|");
  // After the command, its own options, the shared ones and the program's (which go before or after it).
  const optionCases = commands.map((c) =>
    `      ${c.name}) COMPREPLY=($(compgen -W ${singleQuoted([...optionsOf(spec, c), ...spec.global].map(longFlag).concat("--help").join(" "))} -- "$cur")) ;;`).join("\n");
  return `# bash completion for filmcli. Install:
#   filmcli completion bash > ~/.local/share/bash-completion/completions/filmcli
_filmcli() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" i skip=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ -n "$skip" ]]; then skip=""; continue; fi
    case "\${COMP_WORDS[i]}" in
      ${valueFlags(spec).join("|")}) skip=1 ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$prev" in
    --data) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --film) COMPREPLY=($(compgen -W "$(filmcli __complete films "$cur" 2>/dev/null)" -- "$cur")); return ;;
    --sort) COMPREPLY=($(compgen -W ${singleQuoted(Object.keys(SORTS).join(" "))} -- "$cur")); return ;;
    ${valueFlags(spec).filter((f) => !["--data", "--film", "--sort"].includes(f)).join("|")}) return ;;
  esac
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W ${singleQuoted([...spec.global.map(longFlag), "--help", "--version"].join(" "))} -- "$cur"))
    else
      COMPREPLY=($(compgen -W ${singleQuoted([...commands.map((c) => c.name), "help"].join(" "))} -- "$cur"))
    fi
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases}
    esac
    return
  fi
  case "$cmd" in
    ${filmCommands}) COMPREPLY=($(compgen -W "$(filmcli __complete films "$cur" 2>/dev/null)" -- "$cur")) ;;
    completion) COMPREPLY=($(compgen -W ${singleQuoted(SHELLS.join(" "))} -- "$cur")) ;;
    help) COMPREPLY=($(compgen -W ${singleQuoted(commands.map((c) => c.name).join(" "))} -- "$cur")) ;;
  esac
}
complete -F _filmcli filmcli
`;
}

function zsh(spec: ProgramDoc): string {
  const commands = visible(spec);
  const escape = (text: string): string => text.replace(/'/g, "'\\''").replace(/:/g, "\\:").replace(/\[/g, "\\[").replace(/]/g, "\\]");
  const optionSpec = (o: OptionDoc): string => `'${longFlag(o)}[${escape(o.description)}]${takesValue(o) ? (longFlag(o) === "--data" ? ":file:_files" : longFlag(o) === "--film" ? ":film:_filmcli_films" : ":value:") : ""}'`;
  const cases = commands.map((c) => {
    const rest = c.filmArgument ? " '*:film:_filmcli_films'" : c.name === "completion" ? ` '1:shell:(${SHELLS.join(" ")})'` : "";
    return `    ${c.name}) _arguments ${[...optionsOf(spec, c).map(optionSpec), ...spec.global.map(optionSpec)].join(" ")}${rest} ;;`;
  }).join("\n");
  return `#compdef filmcli
# zsh completion for filmcli. Install: put this file on $fpath as _filmcli, e.g.
#   filmcli completion zsh > "\${fpath[1]}/_filmcli"   (then restart zsh)
_filmcli_films() {
  local -a films
  films=("\${(@f)$(filmcli __complete films --describe "$PREFIX" 2>/dev/null)}")
  # "id<TAB>Title (year)" becomes _describe's "id:Title (year)".
  films=("\${films[@]/$'\\t'/:}")
  _describe 'film' films
}
_filmcli() {
  local -a commands
  commands=(
${commands.map((c) => `    '${escape(c.name)}:${escape(c.summary)}'`).join("\n")}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "\${words[2]}" in
${cases}
  esac
}
if [[ "\${funcstack[1]}" == _filmcli ]]; then _filmcli "$@"; else compdef _filmcli filmcli; fi
`;
}

function fish(spec: ProgramDoc): string {
  const commands = visible(spec);
  const quote = (text: string): string => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const lines = [
    "# fish completion for filmcli. Install:",
    "#   filmcli completion fish > ~/.config/fish/completions/filmcli.fish",
    "complete -c filmcli -f",
    ...spec.global.map((o) => `complete -c filmcli -l ${longFlag(o).slice(2)}${takesValue(o) ? " -r" : ""}${longFlag(o) === "--data" ? " -F" : ""} -d ${quote(o.description)}`),
    ...commands.map((c) => `complete -c filmcli -n __fish_use_subcommand -a ${c.name} -d ${quote(c.summary)}`),
    ...commands.flatMap((c) => optionsOf(spec, c).map((o) =>
      `complete -c filmcli -n '__fish_seen_subcommand_from ${c.name}' -l ${longFlag(o).slice(2)}${takesValue(o) ? " -r" : ""} -d ${quote(o.description)}`)),
    `complete -c filmcli -n '__fish_seen_subcommand_from ${commands.filter((c) => c.filmArgument).map((c) => c.name).join(" ")}' -a '(filmcli __complete films --describe (commandline -ct) 2>/dev/null)'`,
    `complete -c filmcli -n '__fish_seen_subcommand_from trivia; and __fish_prev_arg_in --film' -a '(filmcli __complete films --describe (commandline -ct) 2>/dev/null)'`,
    `complete -c filmcli -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(" ")}'`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The completion script for a shell, from the same definitions commander and --help use. */
export function completionScript(shell: Shell, spec: ProgramDoc): string {
  const scripts = { bash, zsh, fish } satisfies Record<Shell, (spec: ProgramDoc) => string>;
  return scripts[shell](spec);
}
