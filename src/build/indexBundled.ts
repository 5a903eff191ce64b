// Build step: indexes the bundled dataset into dist/films.idx.{core,details,text}.json, so that no run of filmcli has to
// parse the whole catalogue to find one film (npm run build runs it).
import { statSync } from "node:fs";
import { join } from "node:path";
import { indexDatasetFile } from "../catalog/indexDatasetFile";
import { writeIndex } from "../catalog/openCatalog";

const data = join(process.cwd(), "data", "films.json");
const { size, mtimeMs } = statSync(data);
const { index, films } = indexDatasetFile(data, { size, mtimeMs });
if (films) throw new Error("data/films.json could not be scanned film by film");
writeIndex(join(process.cwd(), "dist", "films.idx"), index);
