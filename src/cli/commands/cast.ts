import { castRows } from "../../films/filmRows";
import { castColumns } from "../../render/listTables";
import { defineCommand } from "../command";
import { FIRST } from "../options";
import { runList } from "../runList";

/** `filmcli cast [film...]`: who played whom, for one film or the whole dataset. */
export const castCommand = defineCommand({
  name: "cast",
  summary: "list who played whom (every credit when no film is named)",
  args: "[film...]",
  argsDescription: "the film; omit it to list every credit in the dataset",
  filmArgument: true,
  options: [FIRST],
  examples: ["filmcli cast", "filmcli cast mask", "filmcli cast mask --json | jq -r '.[].actor'"],
  run: (words, options, ctx) => runList({ noun: "cast", singular: "credit", rows: castRows, columns: castColumns, inImdb: true }, words, ctx, undefined, options.first),
});
