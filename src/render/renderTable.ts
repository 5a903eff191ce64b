import type { Terminal } from "./terminal";
import { sanitize } from "./sanitize";
import { displayWidth, wrapText } from "./wrapText";

/** A table cell: untrusted text, optionally with a painter applied to each wrapped line. */
export type Cell = string | { text: string; paint: (line: string) => string };

/** A table to draw: headers and rows of cells, all plain data; rows may be a stream of any length. */
export interface TableData {
  headers: string[];
  rows: Iterable<Cell[]>;
  /** Columns whose values are never broken across lines (ids people copy); the table stacks instead. */
  whole?: readonly boolean[];
}

/** How rows of some kind read as a table: headers, a row's cells, and the columns never broken. */
export interface TableColumns<R> {
  headers: string[];
  // A method, so that columns of a row type serve where rows of any type are printed.
  cells(row: R): Cell[];
  whole?: readonly boolean[];
}

const PADDING = 2;
// Longer words (titles, URLs) may be broken rather than widen their column further.
const MAX_WORD = 24;
// Below this many text columns per cell a grid is unreadable; records are stacked instead. A table
// that keeps a column whole (ids) asks more of the others, which it squeezes: words would break.
const MIN_CELL = 6;
const MIN_CELL_BESIDE_WHOLE = 10;
// Stacked values sit beside their labels only when they keep at least this many columns.
const MIN_BESIDE = 16;
// Column widths are chosen from the first rows; the rest of a long stream keeps them.
const LAYOUT_ROWS = 1000;
// Rows rendered between two yields: big enough for few writes, small enough for flat memory.
const CHUNK_ROWS = 256;

const textOf = (cell: Cell): string => sanitize(typeof cell === "string" ? cell : cell.text);
const paintOf = (cell: Cell): ((line: string) => string) => (typeof cell === "string" ? (l) => l : cell.paint);
const max = (values: Iterable<number>, start = 0): number => {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
};

/**
 * Shares `available` columns among columns that would like `natural` widths, never giving one less
 * than its `minimum` (its longest word) while that is possible: columns first get their minimum, then
 * the rest is shared out, narrowest wish first, so short columns stay whole and long text wraps.
 * Without room for every minimum, whole columns keep theirs, narrow columns keep their width and the
 * rest split what is left evenly. Widths include padding.
 */
export function fitColumns(natural: number[], available: number, minimum: number[] = natural.map(() => 0), whole: readonly boolean[] = []): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural.slice();
  const floor = natural.map((w, i) => Math.min(w, minimum[i] ?? 0));
  const order = natural.map((w, i) => [w, i] as const).sort((a, b) => a[0] - b[0]);
  if (floor.reduce((a, b) => a + b, 0) > available) {
    const widths = natural.map((_, i) => (whole[i] ? floor[i]! : 0));
    let remaining = available - widths.reduce((a, b) => a + b, 0);
    const shared = order.filter(([, i]) => !whole[i]);
    shared.forEach(([w, i], k) => {
      widths[i] = Math.min(w, Math.floor(remaining / (shared.length - k)));
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

/** How a table is drawn: as a grid with these column widths (padding included), or stacked records. */
type Layout = { kind: "grid"; widths: number[]; compact: boolean } | { kind: "stacked" };

/**
 * The widest line and the widest word of a text, in display columns. Words end at spaces and, unless
 * the column is kept whole, after hyphens too, as wrapText may break them there.
 */
function measure(text: string, whole: boolean): { line: number; word: number } {
  let line = 0;
  let word = 0;
  for (const l of text.split("\n")) {
    line = Math.max(line, displayWidth(l));
    // A character is at most two columns wide: shorter words cannot be the widest.
    for (const w of l.split(whole ? /\s+/ : /\s+|(?<=-)/)) if (w.length * 2 > word) word = Math.max(word, displayWidth(w));
  }
  return { line, word };
}

/** Chooses a layout that fits `term.width` for these headers and sample rows. */
function layout(headers: string[], rows: Cell[][], whole: readonly boolean[], term: Terminal): Layout {
  const n = headers.length;
  const natural: number[] = [];
  const minimum: number[] = [];
  for (let c = 0; c < n; c++) {
    const head = measure(headers[c]!, whole[c] === true);
    let line = head.line;
    let word = head.word;
    for (const row of rows) {
      const m = measure(textOf(row[c] ?? ""), whole[c] === true);
      if (m.line > line) line = m.line;
      if (m.word > word) word = m.word;
    }
    natural.push(line + PADDING);
    // A column's minimum is its longest word, so that words break only when nothing else fits.
    minimum.push((whole[c] ? word : Math.min(MAX_WORD, word)) + PADDING);
  }
  const widths = fitColumns(natural, term.width - (n + 1), minimum, whole);
  const floor = whole.some(Boolean) ? MIN_CELL_BESIDE_WHOLE : MIN_CELL;
  const tooNarrow = widths.some((w, c) => w - PADDING < Math.min(floor, natural[c]! - PADDING) || (whole[c] && w < minimum[c]!));
  if (tooNarrow) return { kind: "stacked" };
  // Rules between rows only help when some row spans several lines.
  const compact = rows.every((row) => row.every((cell, c) => wrapText(textOf(cell), widths[c]! - PADDING).length <= 1));
  return { kind: "grid", widths, compact };
}

/** A border line: ┌─┬─┐, ├─┼─┤ or └─┴─┘ over the column widths. */
const rule = (widths: number[], [left, mid, right]: string): string => `${left}${widths.map((w) => "─".repeat(w)).join(mid)}${right}\n`;

/** One grid row: each cell wrapped to its column, lines padded, cells side by side, top-aligned. */
function gridRow(cells: Array<{ lines: string[]; paint: (line: string) => string }>, widths: number[]): string {
  const height = max(cells.map((c) => c.lines.length), 1);
  let out = "";
  for (let k = 0; k < height; k++) {
    out += "│";
    cells.forEach((cell, c) => {
      const line = cell.lines[k] ?? "";
      const pad = widths[c]! - PADDING - displayWidth(line);
      out += ` ${line === "" ? "" : cell.paint(line)}${" ".repeat(Math.max(0, pad))} │`;
    });
    out += "\n";
  }
  return out;
}

/** Draws records as "Header: value" blocks, for terminals too narrow for a grid. */
function stackedRecord(headers: string[], row: Cell[], term: Terminal): string {
  const labelWidth = max(headers.map(displayWidth)) + 1;
  // When even the label column would squeeze the values, each value goes on its own lines under its label.
  const beside = term.width - labelWidth - 1 >= MIN_BESIDE;
  return row.flatMap((cell, c) => {
    const text = textOf(cell);
    if (text === "") return [];
    const label = `${headers[c]!}:`;
    if (!beside) return [term.style.bold(label), ...wrapText(text, term.width - 2).map((l) => `  ${paintOf(cell)(l)}`)];
    const lines = wrapText(text, term.width - labelWidth - 1).map(paintOf(cell));
    return lines.map((line, k) => `${k === 0 ? term.style.bold(label) + " ".repeat(labelWidth - label.length) : " ".repeat(labelWidth)} ${line}`);
  }).join("\n");
}

/** One line per record, fields separated by tabs, for grep, cut and awk (no header). */
const plainRecord = (row: Cell[]): string => `${row.map((cell) => textOf(cell).replace(/[\t\n]+/g, " ")).join("\t")}\n`;

/**
 * Renders a table that fits `term.width`, wrapping long cells at word boundaries, as a stream of
 * text: the layout is chosen from the first rows and kept for the rest, so rows are drawn as they
 * come and memory stays flat however many there are. Time is linear in the text.
 */
export function* tableChunks(data: TableData, term: Terminal): Generator<string> {
  const rows = data.rows[Symbol.iterator]();
  const first: Cell[][] = [];
  for (let r = rows.next(); !r.done; r = first.length < LAYOUT_ROWS ? rows.next() : { done: true, value: undefined }) first.push(r.value);
  const rest: Iterable<Cell[]> = { [Symbol.iterator]: () => rows };
  const all = function* (): Generator<Cell[]> {
    yield* first;
    if (first.length === LAYOUT_ROWS) yield* rest;
  };
  if (term.plain) {
    yield* chunked(all(), plainRecord);
    return;
  }
  const chosen = layout(data.headers, first, data.whole ?? [], term);
  if (chosen.kind === "stacked") {
    let separator = "";
    yield* chunked(all(), (row) => {
      const block = `${separator}${stackedRecord(data.headers, row, term)}\n`;
      separator = "\n";
      return block;
    });
    return;
  }
  const { widths, compact } = chosen;
  const wrapped = (row: Cell[]) => row.map((cell, c) => ({ lines: wrapText(textOf(cell), widths[c]! - PADDING), paint: paintOf(cell) }));
  const head = data.headers.map((h, c) => ({ lines: wrapText(h, widths[c]! - PADDING), paint: (l: string) => term.style.bold(l) }));
  yield `${rule(widths, "┌┬┐")}${gridRow(head, widths)}`;
  const between = rule(widths, "├┼┤");
  let started = false;
  yield* chunked(all(), (row) => {
    const line = `${started && compact ? "" : between}${gridRow(wrapped(row), widths)}`;
    started = true;
    return line;
  });
  yield rule(widths, "└┴┘");
}

/** Renders each row and yields the text of CHUNK_ROWS rows at a time. */
function* chunked(rows: Iterable<Cell[]>, render: (row: Cell[]) => string): Generator<string> {
  let text = "";
  let count = 0;
  for (const row of rows) {
    text += render(row);
    if (++count === CHUNK_ROWS) {
      yield text;
      text = "";
      count = 0;
    }
  }
  if (text !== "") yield text;
}

/** Renders a whole table to one string (see tableChunks). */
export function renderTable(data: TableData, term: Terminal): string {
  let text = "";
  for (const chunk of tableChunks(data, term)) text += chunk;
  return text;
}
