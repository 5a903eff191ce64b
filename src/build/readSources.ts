import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SourcePage } from "./buildDataset";

/** Reads every page under a sources folder, in name order. */
export function readSources(dir: string): SourcePage[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}
