import { UsageError } from "../../errors";
import { completionScript, SHELLS, type Shell } from "../../render/completionScripts";
import { defineCommand } from "../command";

/** `filmcli completion bash|zsh|fish`: prints a completion script for the shell. */
export const completionCommand = defineCommand({
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
  run(words, _options, ctx) {
    const shell = words[0] as Shell;
    if (!SHELLS.includes(shell)) throw new UsageError(`completion needs a shell: ${SHELLS.join(", ")}; got "${words[0] ?? ""}"`);
    // The commands come through the context, so this file needs no list of them (the list includes it).
    return { text: completionScript(shell, ctx.program) };
  },
});
