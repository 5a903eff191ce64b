import { UsageError } from "../../errors";
import { completionScript, SHELLS, type Shell } from "../../render/completionScripts";
import { ok, type CommandSpec } from "../command";
import { COMMANDS } from "../commandList";
import { GLOBAL_OPTIONS, SHARED_OPTIONS } from "../options";

/** `filmcli completion bash|zsh|fish`: prints a completion script for the shell. */
export const completionCommand: CommandSpec = {
  name: "completion",
  summary: "print a shell completion script (bash, zsh or fish)",
  args: "<shell>",
  argsDescription: "bash, zsh or fish",
  options: [],
  examples: [
    "filmcli completion bash > ~/.local/share/bash-completion/completions/filmcli",
    "filmcli completion zsh > \"${fpath[1]}/_filmcli\"",
    "filmcli completion fish > ~/.config/fish/completions/filmcli.fish",
  ],
  run(words) {
    const shell = words[0] as Shell;
    if (!SHELLS.includes(shell)) throw new UsageError(`completion needs a shell: ${SHELLS.join(", ")}; got "${words[0] ?? ""}"`);
    return ok(completionScript(shell, { commands: COMMANDS, global: GLOBAL_OPTIONS, shared: SHARED_OPTIONS }));
  },
};
