// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides and line
// separators raw; a terminal showing the JSON would act on them, so they get \u escapes too.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Serialises a command's data for scripts: two-space JSON with a trailing newline, terminal-safe. */
export function toJson(data: unknown): string {
  const json = JSON.stringify(data, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return `${json}\n`;
}
