import { goofRows } from "../../films/filmRows";
import { goofColumns } from "../../render/listTables";
import { defineCommand } from "../command";
import { FIRST } from "../options";
import { runList } from "../runList";

/** `filmcli goofs [film...]`: goofs with their category. */
export const goofsCommand = defineCommand({
  name: "goofs",
  summary: "list goofs with their category",
  args: "[film...]",
  argsDescription: "the film; omit it to list every goof in the dataset",
  filmArgument: true,
  options: [FIRST],
  examples: ["filmcli goofs mask", "filmcli goofs --json | jq -r '.[].category'"],
  run: (words, options, ctx) => runList({ noun: "goofs", singular: "goof", rows: goofRows, columns: goofColumns }, words, ctx, undefined, options.first),
});
