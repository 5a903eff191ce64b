import type { Dataset } from "../../films/film";
import { readDatasetFile } from "../../catalog/readDatasetFile";
import type { Problem } from "../../films/shape";
import { validateDataset } from "../../films/validateDataset";
import type { Terminal } from "../../render/terminal";
import { renderTable } from "../../render/renderTable";
import { defineCommand } from "../command";

// Enough to fix a file by; past this the list would only repeat the same mistake.
const MAX_PROBLEMS = 1000;

/** The outcome of checking one dataset file. */
export interface ValidationReport {
  file: string;
  valid: boolean;
  films: number | null;
  problems: Problem[];
}

function renderReport(report: ValidationReport, term: Terminal): string {
  if (report.valid) return `${report.file}: valid (${report.films} ${report.films === 1 ? "film" : "films"})\n`;
  return renderTable({ headers: ["Path", "Problem"], rows: report.problems.map((p) => [p.path || "(top level)", p.message]) }, term);
}

/** `filmcli validate [file]`: checks a dataset against the schema and lists every problem. */
export const validateCommand = defineCommand({
  name: "validate",
  summary: "check a dataset against the schema and list every problem",
  args: "[file]",
  argsDescription: "the dataset to check (default: --data, FILMCLI_DATA, or the bundled one)",
  options: [],
  examples: ["filmcli validate my-films.json", "filmcli validate my-films.json --json | jq '.problems[].path'"],
  run(words, _options, ctx) {
    const file = words[0] ?? ctx.dataName ?? ctx.dataPath;
    const value = readDatasetFile(words[0] ?? ctx.dataPath, file);
    const problems = validateDataset(value, MAX_PROBLEMS);
    const valid = problems.length === 0;
    const report: ValidationReport = { file, valid, films: valid ? (value as Dataset).films.length : null, problems };
    const summary = valid ? [] : [`${file}: ${problems.length >= MAX_PROBLEMS ? `at least ${MAX_PROBLEMS}` : problems.length} problem(s); fix them and run filmcli validate again`];
    return { data: report, render: renderReport, messages: summary, outcome: valid ? "found" : "invalid" };
  },
});
