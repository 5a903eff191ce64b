import type { Terminal } from "../output/terminal";
import type { Format } from "./command";

/** Serialises a command's data for scripts: two-space JSON with a trailing newline. */
export function toJson(data: unknown): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Renders one data value in the chosen format; the JSON is always the same data the human view shows. */
export function renderOutput<T>(format: Format, data: T, human: (data: T, term: Terminal) => string, term: Terminal): string {
  const renderers = { human: () => human(data, term), json: () => toJson(data) } satisfies Record<Format, () => string>;
  return renderers[format]();
}
