// Entry point of `npm run data:build`: rebuilds data/films.json, data/films.schema.json and data/REPAIRS.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderRepairReport } from "./vega/repairReport";
import { buildDataset, serializeDataset } from "./buildDataset";
import { datasetJsonSchema } from "./datasetJsonSchema";
import { readSources } from "./readSources";
import { VEGA_MOVIES } from "./vegaMovies";

const root = process.cwd();
const vega = JSON.parse(readFileSync(join(root, VEGA_MOVIES), "utf8")) as Array<Record<string, unknown>>;
const { dataset, report } = buildDataset(readSources(join(root, "data", "sources")), vega);
const repairs = renderRepairReport(report);
writeFileSync(join(root, "data", "films.json"), serializeDataset(dataset));
writeFileSync(join(root, "data", "films.schema.json"), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
writeFileSync(join(root, "data", "REPAIRS.md"), repairs);
process.stderr.write(`${repairs}\ndata:build: wrote ${dataset.films.length} films to data/films.json\n`);
