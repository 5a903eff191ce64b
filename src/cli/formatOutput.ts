import { ExitCode } from "../errors";
import { sanitize } from "../render/sanitize";
import type { Terminal } from "../render/terminal";
import { tableChunks, type Cell } from "../render/renderTable";
import { toJson, toJsonChunks } from "../render/toJson";
import type { CommandOutput, Outcome, RowsOutput } from "./command";

/** How results are printed: tables and cards, one tab-separated record a line (--plain), or JSON (--json, which wins). */
export type Format = "human" | "plain" | "json";

/** The format the flags ask for: `--json` wins over `--plain`. */
export function formatFor(flags: { json: boolean; plain: boolean }): Format {
  return flags.json ? "json" : flags.plain ? "plain" : "human";
}

/** What a run writes, and how. */
export interface Delivery {
  /** The result: one text, or pieces of it made as they are written (a streamed result). */
  stdout: string | Iterable<string>;
  /** Messages for stderr, one `filmcli: …` line each: asked for once stdout is written, as a stream knows them only then. */
  stderr: () => string;
  /** The pager to send stdout through, or null to write it directly. */
  pager: string | null;
  exitCode: () => ExitCode;
}

/** How a run prints: decided once from the flags and the process (cli/main.ts). */
export interface OutputSettings {
  format: Format;
  term: Terminal;
  /** The pager a person at a terminal gets (null when piped, --no-pager or PAGER=""). */
  pager: string | null;
}

const EXIT_CODES = { found: ExitCode.ok, nothing: ExitCode.noMatch, invalid: ExitCode.dataset } satisfies Record<Outcome, ExitCode>;

const isEmptyList = (data: unknown): boolean => Array.isArray(data) && data.length === 0;

/** Stderr lines for messages; dataset text can reach them, so they are sanitized like tables. */
// A message is one line whatever dataset text it quotes: a line break in a title must not start another.
const messageLines = (messages: readonly string[]): string => messages.map((m) => `filmcli: ${sanitize(m).replace(/\r?\n/g, "\\n")}\n`).join("");

/**
 * The one place a command's result becomes output: the data in the chosen format (JSON is the same
 * data the human view shows; an empty list is `[]` in JSON and nothing at all for people), the
 * messages for stderr, whether to page, and the exit code.
 */
export function formatOutput(output: CommandOutput, settings: OutputSettings): Delivery {
  if ("rows" in output) return formatRows(output, settings);
  const { format, term, pager } = settings;
  const isText = "text" in output;
  const stdout = isText ? output.text
    : format === "json" ? toJson(output.data)
      : isEmptyList(output.data) ? "" : output.render(output.data, term);
  // Only a person reading tables and cards is helped by a pager; JSON and --plain are for programs.
  const longer = format === "human" && stdout.split("\n").length > term.height;
  return {
    stdout,
    stderr: () => (isText ? "" : messageLines(output.messages)),
    pager: longer ? pager : null,
    exitCode: () => (isText ? ExitCode.ok : EXIT_CODES[output.outcome]),
  };
}

/**
 * A streamed result: JSON arrays and tables are written as their rows are made, in flat memory. For
 * a person at a terminal with a pager, the text is gathered first, as a pager wants it whole.
 */
function formatRows(output: RowsOutput<unknown>, { format, term, pager }: OutputSettings): Delivery {
  const chunks = format === "json" ? toJsonChunks(output.rows) : tableOrNothing(output, term);
  const paging = format === "human" && pager !== null;
  const stdout = paging ? [...chunks].join("") : chunks;
  const longer = paging && (stdout as string).split("\n").length > term.height;
  return {
    stdout,
    stderr: () => messageLines(output.messages()),
    pager: longer ? pager : null,
    exitCode: () => EXIT_CODES[output.outcome()],
  };
}

/** The rows as a table (or plain lines), or nothing at all when there are none: people get no empty grid. */
function* tableOrNothing<R>(output: RowsOutput<R>, term: Terminal): Generator<string> {
  const rows = output.rows[Symbol.iterator]();
  const first = rows.next();
  if (first.done) return;
  const { headers, cells, whole } = output.table(term);
  const all = function* (): Generator<Cell[]> {
    yield cells(first.value);
    for (let r = rows.next(); !r.done; r = rows.next()) yield cells(r.value);
  };
  yield* tableChunks({ headers, rows: all(), whole }, term);
}
