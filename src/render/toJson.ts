// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides and line
// separators raw; a terminal showing the JSON would act on them, so they get \u escapes too.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeRaw = (json: string): string => json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** Serialises a command's data for scripts: two-space JSON with a trailing newline, terminal-safe. */
export function toJson(data: unknown): string {
  return `${escapeRaw(JSON.stringify(data, null, 2))}\n`;
}

// Elements serialised between two yields of a streamed array.
const CHUNK_ITEMS = 256;

/** toJson of an array given as a stream of its elements, in pieces: the same text, byte for byte, in flat memory. */
export function* toJsonChunks(items: Iterable<unknown>): Generator<string> {
  let text = "";
  let count = 0;
  for (const item of items) {
    // An element of a two-space array is its own two-space JSON, indented one level.
    text += `${count === 0 ? "[\n" : ",\n"}  ${escapeRaw(JSON.stringify(item, null, 2)).replace(/\n/g, "\n  ")}`;
    if (++count % CHUNK_ITEMS === 0) {
      yield text;
      text = "";
    }
  }
  yield count === 0 ? "[]\n" : `${text}\n]\n`;
}
