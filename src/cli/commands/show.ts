import { showCard } from "../../films/showCard";
import { renderShowCard } from "../../render/renderShowCard";
import { ok, type CommandSpec } from "../command";
import { filmScope } from "../filmScope";
import { renderOutput } from "../formatOutput";

/** `filmcli show <film...>`: a film's summary card. */
export const showCommand: CommandSpec = {
  name: "show",
  summary: "show a film's summary card",
  args: "<film...>",
  argsDescription: "film id, title (any case, accents optional), title with year, or a near miss",
  filmArgument: true,
  options: [],
  examples: ["filmcli show mask", "filmcli show mask 1985", "filmcli show mask-1985 --json | jq .rating"],
  run(words, _options, ctx) {
    const scope = filmScope(words, ctx);
    const card = showCard(scope.film!);
    return ok(renderOutput(ctx.format, card, renderShowCard, ctx.term), scope.hints);
  },
};
