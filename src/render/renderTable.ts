import type TableClass from "cli-table3";

// Loaded on first table: the show card and JSON output never draw one.
const loadTable = (): typeof TableClass => require("cli-table3") as typeof TableClass;
import type { Terminal } from "./terminal";
import { sanitize } from "./sanitize";
import { displayWidth, wrapText } from "./wrapText";

/** A table cell: untrusted text, optionally with a painter applied to each wrapped line. */
export type Cell = string | { text: string; paint: (line: string) => string };

/** A table to draw: headers and rows of cells, all plain data. */
export interface TableData {
  headers: string[];
  rows: Cell[][];
}

const PADDING = 2;
// Longer words (ids, URLs) may be broken rather than widen their column further.
const MAX_WORD = 24;
// Below this many text columns per cell a grid is unreadable; records are stacked instead.
const MIN_CELL = 6;
// Stacked values sit beside their labels only when they keep at least this many columns.
const MIN_BESIDE = 16;

const textOf = (cell: Cell): string => sanitize(typeof cell === "string" ? cell : cell.text);
const paintOf = (cell: Cell): ((line: string) => string) => (typeof cell === "string" ? (l) => l : cell.paint);

/**
 * Shares `available` columns among columns that would like `natural` widths, never giving one less
 * than its `minimum` (its longest word) while that is possible: columns first get their minimum, then
 * the rest is shared out, narrowest wish first, so short columns stay whole and long text wraps.
 * Without room for every minimum, narrow columns keep their width and the rest split what is left
 * evenly. Widths include padding.
 */
export function fitColumns(natural: number[], available: number, minimum: number[] = natural.map(() => 0)): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural.slice();
  const floor = natural.map((w, i) => Math.min(w, minimum[i] ?? 0));
  const order = natural.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  if (floor.reduce((a, b) => a + b, 0) > available) {
    const widths = natural.map(() => 0);
    let remaining = available;
    order.forEach(([w, i], k) => {
      widths[i] = Math.min(w, Math.floor(remaining / (order.length - k)));
      remaining -= widths[i]!;
    });
    return widths;
  }
  // Water-filling above the floors: narrow columns get their whole wish, wide ones share the rest.
  const widths = floor.slice();
  let spare = available - floor.reduce((a, b) => a + b, 0);
  order.forEach(([w, i], k) => {
    const extra = Math.min(w - widths[i]!, Math.floor(spare / (order.length - k)));
    widths[i]! += extra;
    spare -= extra;
  });
  return widths;
}

/**
 * Draws records as "Header: value" blocks, for terminals too narrow for a grid. When even the label
 * column would squeeze the values, each value goes on its own lines under its label.
 */
function renderStacked(data: TableData, term: Terminal): string {
  const labelWidth = Math.max(...data.headers.map(displayWidth)) + 1;
  const beside = term.width - labelWidth - 1 >= MIN_BESIDE;
  const blocks = data.rows.map((row) =>
    row.flatMap((cell, c) => {
      const text = textOf(cell);
      if (text === "") return [];
      const label = `${data.headers[c]!}:`;
      if (!beside) {
        return [term.style.bold(label), ...wrapText(text, term.width - 2).map((l) => `  ${paintOf(cell)(l)}`)];
      }
      const lines = wrapText(text, term.width - labelWidth - 1).map(paintOf(cell));
      return lines.map((line, k) => `${k === 0 ? term.style.bold(label) + " ".repeat(labelWidth - label.length) : " ".repeat(labelWidth)} ${line}`);
    }).join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

/** One line per record, fields separated by tabs, for grep, cut and awk (no header). */
function renderPlain(data: TableData): string {
  return data.rows.map((row) => row.map((cell) => textOf(cell).replace(/[\t\n]+/g, " ")).join("\t")).map((l) => `${l}\n`).join("");
}

/** Renders a table that fits `term.width`, wrapping long cells at word boundaries. */
export function renderTable(data: TableData, term: Terminal): string {
  if (term.plain) return renderPlain(data);
  const n = data.headers.length;
  const natural = data.headers.map((header, c) =>
    Math.max(displayWidth(header), ...data.rows.map((row) =>
      Math.max(...textOf(row[c] ?? "").split("\n").map(displayWidth)))) + PADDING);
  // A column's minimum is its longest word, so that words break only when nothing else fits.
  const longestWord = (text: string): number => Math.max(0, ...text.split(/\s+|(?<=-)/).map(displayWidth));
  const minimum = data.headers.map((header, c) =>
    Math.min(MAX_WORD, Math.max(longestWord(header), ...data.rows.map((row) => longestWord(textOf(row[c] ?? ""))))) + PADDING);
  const widths = fitColumns(natural, term.width - (n + 1), minimum);
  if (widths.some((w, c) => w - PADDING < Math.min(MIN_CELL, natural[c]! - PADDING))) {
    return renderStacked(data, term);
  }
  const cells = data.rows.map((row) => row.map((cell, c) =>
    wrapText(textOf(cell), widths[c]! - PADDING).map(paintOf(cell)).join("\n")));
  // Rules between rows only help when some row spans several lines.
  const compact = cells.every((row) => row.every((cell) => !cell.includes("\n")));
  const Table = loadTable();
  const table = new Table({
    head: data.headers.map((h, c) => wrapText(h, widths[c]! - PADDING).map((l) => term.style.bold(l)).join("\n")),
    colWidths: widths,
    style: { head: [], border: [], compact },
    wordWrap: false,
  });
  table.push(...cells);
  return `${table.toString()}\n`;
}
