// The markdown report of bench/run.mjs: the machine and command line, the baselines, every budget's
// verdict (judged in the clean environment), failures with their stderr, one table per size and
// environment, the cost per printed row of whole-dataset commands, and the first index of each dataset.
import { cpus, release, totalmem } from "node:os";

const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? "n/a" : x.toFixed(d));
const cell = (text) => String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
const sizeTitle = (size) => (size.count === 0 ? "Bundled dataset" : `${size.count.toLocaleString("en")} films${size.tier !== size.label ? `, judged as ${size.tier}` : ""}`);

// ---- Budgets -----------------------------------------------------------------------------------

const UNITS = {
  ratio: { show: (x) => `${f(x)}x`, limit: (x) => `≤ ${x}x` },
  perRow: { show: (x) => `${f(x)}x`, limit: (x) => `per-row cost ≤ ${f(x)}x 10k's` },
  mib: { show: (x) => `${f(x, 0)} MiB`, limit: (x) => `≤ ${x} MiB` },
  s: { show: (x) => `${f(x, 1)} s`, limit: (x) => `≤ ${x} s` },
};

/** "met", "**not met** by <amount>", or why it could not be judged. */
function verdict(key, limit, measured, failure) {
  if (failure) return "**not met**: the command failed";
  if (measured === null || measured === undefined || Number.isNaN(measured)) return "n/a (not measured)";
  return measured <= limit ? "met" : `**not met** by ${UNITS[key].show(measured - limit)}`;
}

/** The budgets of one measured thing, as [{ key, limit, measured }], from its budget and its measurements. */
const budgetItems = (budget, measured) => Object.entries(budget ?? {}).map(([key, limit]) => ({ key, limit, measured: measured[key] }));

/** "≤ 1.3x: met; ≤ 80 MiB: **not met** by 12 MiB" (verdicts only in the environment budgets are judged in). */
function budgetCell(items, failure, judged) {
  if (items.length === 0) return "";
  return items.map((it) => `${UNITS[it.key].limit(it.limit)}${judged ? `: ${verdict(it.key, it.limit, it.measured, failure)}` : ""}`).join("; ");
}

// ---- Costs per row -----------------------------------------------------------------------------

/** ms per 1,000 printed rows, net of the median `node -e 0` of the same pairs. */
function perThousandRows(row, facts) {
  const rows = facts[row.rows];
  if (row.failure || !rows) return null;
  return ((row.ms - row.baseMs) / rows) * 1000;
}

/** The same case at the reference size (10k) in the same environment, if this run measured it. */
function referenceRow(results, r, row, reference) {
  const ref = results.find((x) => x.size.name === reference && x.envName === r.envName);
  const refRow = ref?.rows.find((x) => x.name === row.name);
  return refRow ? { ref, refRow } : null;
}

function perRowRatio(results, r, row, reference) {
  const found = referenceRow(results, r, row, reference);
  if (!found) return null;
  const here = perThousandRows(row, r.facts);
  const there = perThousandRows(found.refRow, found.ref.facts);
  return here === null || there === null || there <= 0 ? null : here / there;
}

/** What a case's budgets are judged on: its ratio, peak memory and (whole-dataset) cost per row. */
const measuredOf = (results, r, row, reference) => ({ ratio: row.ratio, mib: row.mib, perRow: row.rows ? perRowRatio(results, r, row, reference) : null });

// ---- Sections ----------------------------------------------------------------------------------

function header(ctx) {
  const tools = Object.entries(ctx.tools).map(([name, v]) => `${name} ${v === null || v === false ? "**not installed** (its peer or column is left out)" : v === true ? "present" : v}`).join(", ");
  return [
    "# Benchmark results", "",
    `Produced by \`node bench/run.mjs${ctx.argv.length ? ` ${ctx.argv.join(" ")}` : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`, "",
    `Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB memory, Linux ${release()}, Node ${process.version}. Tools: ${tools}.`, "",
    "Each case runs as a whole process, interleaved with `node -e 0` (the baseline) in the same run;",
    "a ratio is the case's wall time over the baseline's in that pair: medians with min-max over the runs.",
    "Stdout is a pipe that the benchmark drains (counting bytes and lines), as a consumer's would be.",
    "Every run's exit code is checked (and the first run's answer): a failing case is reported as failed, never timed.",
    ctx.tools.python3 === null ? "Peak memory is not measured: python3 is not installed here." : `Peak memory is the maximum resident set of one more run, from python3's getrusage of the child${ctx.memoryFloor ? ` (a child forked from python starts with python's pages: about ${f(ctx.memoryFloor, 0)} MiB is the floor of this column, as \`true\` shows)` : ""}.`,
    `Budgets hold in the ${ctx.judgedIn} environment (PATH only); the machine's environment is reported with its budgets but judged only in ${ctx.judgedIn}.`, "",
  ];
}

function baselines(results) {
  const lines = ["## Baseline `node -e 0`", "", "| environment | size | median ms | min-max ms | peak MiB |", "| --- | --- | ---: | ---: | ---: |"];
  for (const r of results) {
    lines.push(`| ${r.envName} | ${r.size.name} | ${f(r.baseMs, 1)} | ${r.baseRange ? `${f(r.baseRange[0], 1)}-${f(r.baseRange[1], 1)}` : "n/a"} | ${f(r.baseMemory, 0)} |`);
  }
  return [...lines, ""];
}

function budgetSummary(results, ctx) {
  const judged = results.filter((r) => r.envName === ctx.judgedIn);
  const lines = [`## Budgets (${ctx.judgedIn} environment)`, ""];
  if (judged.length === 0) return [...lines, `Not judged: this run left out the ${ctx.judgedIn} environment.`, ""];
  lines.push("| size | case | budget | measured | verdict |", "| --- | --- | --- | ---: | --- |");
  let any = false;
  for (const r of judged) {
    for (const row of r.rows) {
      for (const it of budgetItems(row.budget?.[r.size.tier], measuredOf(results, r, row, ctx.reference))) {
        any = true;
        const measured = row.failure ? `**FAILED**` : UNITS[it.key].show(it.measured);
        lines.push(`| ${r.size.name} | ${cell(row.name)} | ${UNITS[it.key].limit(it.limit)} | ${measured} | ${verdict(it.key, it.limit, it.measured, row.failure)} |`);
      }
    }
    const fi = r.firstIndex;
    for (const it of budgetItems(ctx.firstIndexBudget[r.size.tier], { s: fi ? fi.ms / 1000 : null, mib: fi?.mib })) {
      any = true;
      lines.push(`| ${r.size.name} | first index | ${UNITS[it.key].limit(it.limit)} | ${fi?.failure ? "**FAILED**" : UNITS[it.key].show(it.measured)} | ${verdict(it.key, it.limit, it.measured, fi?.failure)} |`);
    }
  }
  if (!any) lines.push("| | no size in this run has budgets | | | |");
  return [...lines, ""];
}

function failures(results) {
  const failed = results.flatMap((r) => [
    ...(r.firstIndex?.failure ? [{ where: `${r.size.name}, ${r.envName}: first index`, failure: r.firstIndex.failure, stderr: r.firstIndex.stderr }] : []),
    ...r.rows.filter((row) => row.failure).map((row) => ({ where: `${r.size.name}, ${r.envName}: ${row.name}`, failure: row.failure, stderr: row.stderr })),
  ]);
  if (failed.length === 0) return [];
  const lines = ["## **Failures**", "", "These commands did not work; they are not timed.", ""];
  for (const x of failed) {
    lines.push(`- **${cell(x.where)}**: ${x.failure}`);
    const stderr = (x.stderr ?? "").trim();
    lines.push("", "  ```", ...(stderr ? stderr.slice(0, 1500).split("\n").slice(0, 15).map((l) => `  ${l.slice(0, 300)}`) : ["  (nothing on stderr)"]), "  ```", "");
  }
  return lines;
}

function sizeTable(results, r, ctx) {
  const judged = r.envName === ctx.judgedIn;
  const lines = [
    `## ${sizeTitle(r.size)} (${f(r.bytes / 2 ** 20, 1)} MiB, ${r.facts.films.toLocaleString("en")} films, ${r.facts.credits.toLocaleString("en")} credits), ${r.envName} environment`, "",
    `${r.runs} interleaved pairs per case; a run is killed (and failed) after ${f(r.timeoutMs / 1000, 0)} s. Baseline \`node -e 0\`: ${f(r.baseMs, 1)} ms median, ${f(r.baseMemory, 0)} MiB.${r.notes.length ? ` ${r.notes.join(" ")}` : ""}`, "",
    `| case | ratio (median) | min-max | median ms | peak MiB | budget${judged ? "" : ` (judged in ${ctx.judgedIn})`} |`, "| --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const row of r.rows) {
    const items = budgetItems(row.budget?.[r.size.tier], measuredOf(results, r, row, ctx.reference));
    const name = row.peer ? `*peer* ${row.name}` : row.name;
    if (row.failure) {
      lines.push(`| ${cell(name)} | **FAILED** | ${cell(row.failure)} | — | — | ${budgetCell(items, row.failure, judged)} |`);
    } else {
      lines.push(`| ${cell(name)} | ${f(row.ratio)}x | ${f(row.min)}-${f(row.max)} | ${f(row.ms, 0)} | ${f(row.mib, 0)} | ${budgetCell(items, null, judged)} |`);
    }
  }
  return [...lines, ""];
}

function perRowTable(results, ctx) {
  const lines = ["## Whole-dataset commands: cost per printed row", "",
    `ms per 1,000 rows = (median ms − median \`node -e 0\` of the same pairs) / rows × 1,000; the ratio is to the same at ${ctx.reference} in the same environment (budget at 1M: ≤ 1.00x, no slower per row).`, "",
    "| environment | size | case | rows | output MiB | median ms | ms per 1,000 rows | vs " + ctx.reference + " | budget |", "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"];
  let any = false;
  for (const r of results.filter((x) => x.size.count > 0)) {
    for (const row of r.rows.filter((x) => x.rows)) {
      any = true;
      const ratio = perRowRatio(results, r, row, ctx.reference);
      const limit = row.budget?.[r.size.tier]?.perRow;
      const judged = r.envName === ctx.judgedIn;
      const budget = limit === undefined ? "" : `${UNITS.perRow.limit(limit)}${judged ? `: ${verdict("perRow", limit, ratio, row.failure)}` : ""}`;
      if (row.failure) lines.push(`| ${r.envName} | ${r.size.name} | ${cell(row.name)} | ${r.facts[row.rows].toLocaleString("en")} | — | **FAILED** | — | — | ${budget} |`);
      else lines.push(`| ${r.envName} | ${r.size.name} | ${cell(row.name)} | ${r.facts[row.rows].toLocaleString("en")} | ${f(row.bytes / 2 ** 20, 1)} | ${f(row.ms, 0)} | ${f(perThousandRows(row, r.facts), 3)} | ${ratio === null ? "n/a" : `${f(ratio)}x`} | ${budget} |`);
    }
  }
  return any ? [...lines, ""] : [];
}

function firstIndexTable(results, ctx) {
  const rows = results.filter((r) => r.firstIndex);
  if (rows.length === 0) return [];
  const lines = ["## First index (first run after clearing `FILMCLI_CACHE_DIR`: `show mask`)", "",
    "| environment | size | time | peak MiB | budget |", "| --- | --- | ---: | ---: | --- |"];
  for (const r of rows) {
    const fi = r.firstIndex;
    const items = budgetItems(ctx.firstIndexBudget[r.size.tier], { s: fi.ms / 1000, mib: fi.mib });
    const time = fi.failure ? `**FAILED**: ${cell(fi.failure)}` : `${f(fi.ms / 1000, 2)} s`;
    lines.push(`| ${r.envName} | ${r.size.name} | ${time} | ${fi.failure ? "—" : f(fi.mib, 0)} | ${budgetCell(items, fi.failure, r.envName === ctx.judgedIn)} |`);
  }
  return [...lines, ""];
}

/** The whole report. */
export function render(results, ctx) {
  return [
    ...header(ctx),
    ...baselines(results),
    ...budgetSummary(results, ctx),
    ...failures(results),
    ...results.flatMap((r) => sizeTable(results, r, ctx)),
    ...perRowTable(results, ctx),
    ...firstIndexTable(results, ctx),
  ].join("\n");
}
