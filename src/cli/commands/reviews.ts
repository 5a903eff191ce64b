import { reviewRows } from "../../films/filmRows";
import { reviewColumns } from "../../render/listTables";
import { defineCommand } from "../command";
import { FIRST } from "../options";
import { runList } from "../runList";

/** `filmcli reviews [film...]`: user reviews with the reviewer's score and scale. */
export const reviewsCommand = defineCommand({
  name: "reviews",
  summary: "list user reviews with the reviewer's score",
  args: "[film...]",
  argsDescription: "the film; omit it to list every review in the dataset",
  filmArgument: true,
  options: [FIRST],
  examples: ["filmcli reviews mask", "filmcli reviews mask --json | jq '.[].score'"],
  run: (words, options, ctx) => runList({ noun: "reviews", singular: "review", rows: reviewRows, columns: reviewColumns }, words, ctx, undefined, options.first),
});
