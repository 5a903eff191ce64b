// Entry point of `npm run data:build`: rebuilds data/films.json and data/films.schema.json.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, serializeDataset } from "./buildDataset";
import { datasetJsonSchema } from "./datasetJsonSchema";
import { readSources } from "./readSources";

const root = process.cwd();
const dataset = buildDataset(readSources(join(root, "data", "sources")));
writeFileSync(join(root, "data", "films.json"), serializeDataset(dataset));
writeFileSync(join(root, "data", "films.schema.json"), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
process.stderr.write(`data:build: wrote ${dataset.films.length} film(s) to data/films.json\n`);
