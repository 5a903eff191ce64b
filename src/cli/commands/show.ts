import { showCard } from "../../films/showCard";
import { renderShowCard } from "../../render/renderShowCard";
import { defineCommand, found } from "../command";
import { filmScope } from "../filmScope";
import { FIRST } from "../options";

/** `filmcli show <film...>`: a film's summary card. */
export const showCommand = defineCommand({
  name: "show",
  summary: "show a film's summary card",
  args: "<film...>",
  argsDescription: "film id, title (any case, accents optional), title with year, or a near miss",
  filmArgument: true,
  options: [FIRST],
  examples: ["filmcli show mask", "filmcli show mask 1985", "filmcli show mask-1985 --json | jq .rating"],
  run(words, options, ctx) {
    const scope = filmScope(words, ctx, options.first);
    return found(showCard(scope.film!), renderShowCard, scope.hints);
  },
});
