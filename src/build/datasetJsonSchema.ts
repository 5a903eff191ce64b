import { DATASET_SHAPE } from "../films/datasetShape";
import { toJsonSchema } from "../films/shape";

/** The JSON Schema document written to data/films.schema.json. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://github.com/filmcli/filmcli/data/films.schema.json",
    title: "filmcli dataset",
    description: "Generated from src/films/datasetShape.ts by npm run data:build; do not edit by hand.",
    ...toJsonSchema(DATASET_SHAPE),
  };
}
