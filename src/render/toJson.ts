// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides and line
// separators raw; a terminal showing the JSON would act on them, so they get \u escapes too.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A film with no known year (an IMDb title whose start year is `\N`) is kept with year 0; the JSON
 * contract says an absent value is null, so a `year` of 0 is written as null.
 */
const unknownYear = (key: string, value: unknown): unknown => (value === 0 && key === "year" ? null : value);

const escapeRaw = (json: string): string => json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Serialises a command's data for scripts: two-space JSON with a trailing newline, terminal-safe. */
export function toJson(data: unknown): string {
  return `${escapeRaw(JSON.stringify(data, unknownYear, 2))}\n`;
}

// Elements serialised between two yields of a streamed array.
const CHUNK_ITEMS = 256;

/** toJson of an array given as a stream of its elements, in pieces: the same text, byte for byte, in flat memory. */
export function* toJsonChunks(items: Iterable<unknown>): Generator<string> {
  let text = "";
  let count = 0;
  for (const item of items) {
    // An element of a two-space array is its own two-space JSON, indented one level.
    text += `${count === 0 ? "[\n" : ",\n"}  ${escapeRaw(JSON.stringify(item, unknownYear, 2)).replace(/\n/g, "\n  ")}`;
    if (++count % CHUNK_ITEMS === 0) {
      yield text;
      text = "";
    }
  }
  yield count === 0 ? "[]\n" : `${text}\n]\n`;
}
