const MAX_ID = 0xffff_ffff;
const MIN_DIGITS = 7;
const MAX_DIGITS = 10;

/** `tt0089560` -> 89560; null for anything but a canonical tconst (see parseImdbId). */
export function parseTconst(text: string | null): number | null {
  return text === null ? null : nullIfBad(parseImdbId(text, 0, text.length, 116 /* t */, 116 /* t */));
}

/**
 * The tconst in the first tab-separated field of a line given as UTF-8 bytes (`bytes[start, end)`):
 * parseTconst of that field of the decoded line, without decoding it (a file reader drops the rows of
 * titles it does not import by it). null when the field is not a canonical tconst.
 */
export function leadingTconst(bytes: Uint8Array, start: number, end: number): number | null {
  let stop = start;
  while (stop < end && bytes[stop] !== 9 /* tab */) stop++;
  const digits = stop - start - 2;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return null;
  if (bytes[start] !== 116 /* t */ || bytes[start + 1] !== 116) return null;
  if (digits > MIN_DIGITS && bytes[start + 2] === 48 /* 0 */) return null;
  let value = 0;
  for (let i = start + 2; i < stop; i++) {
    const digit = bytes[i]! - 48;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value === 0 || value > MAX_ID ? null : value;
}

/** `nm0000123` -> 123; null for anything but a canonical nconst (see parseImdbId). */
export function parseNconst(text: string | null): number | null {
  return text === null ? null : nullIfBad(parseImdbId(text, 0, text.length, 110 /* n */, 109 /* m */));
}

/** A comma-separated tconst list (`\N` or empty is none); null if any entry is malformed. */
export function parseTconstList(text: string | null): number[] | null {
  return parseIdList(text, 116, 116);
}

/** A comma-separated nconst list (`\N` or empty is none); null if any entry is malformed. */
export function parseNconstList(text: string | null): number[] | null {
  return parseIdList(text, 110, 109);
}

/** 89560 -> `tt0089560`: at least seven digits, zero-padded, as IMDb writes them. */
export function formatTconst(id: number): string {
  return formatImdbId("tt", id);
}

/** 123 -> `nm0000123`: at least seven digits, zero-padded, as IMDb writes them. */
export function formatNconst(id: number): string {
  return formatImdbId("nm", id);
}

// Parses text[start, end) as a two-letter prefix and digits; -1 if malformed. Only the canonical
// spelling is accepted (seven digits zero-padded, or more without a leading zero) so that parsing
// and formatting are inverse: two spellings of one number would otherwise merge two rows silently.
// 0 is rejected so a typed array can use it for "none"; the maximum is a u32.
function parseImdbId(text: string, start: number, end: number, prefix0: number, prefix1: number): number {
  const digits = end - start - 2;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) return -1;
  if (text.charCodeAt(start) !== prefix0 || text.charCodeAt(start + 1) !== prefix1) return -1;
  if (digits > MIN_DIGITS && text.charCodeAt(start + 2) === 48 /* 0 */) return -1;
  let value = 0;
  for (let i = start + 2; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value === 0 || value > MAX_ID ? -1 : value;
}

function nullIfBad(id: number): number | null {
  return id === -1 ? null : id;
}

function parseIdList(text: string | null, prefix0: number, prefix1: number): number[] | null {
  const ids: number[] = [];
  if (text === null || text.length === 0) return ids;
  let start = 0;
  // Parsing each entry in place avoids a substring per id on files with tens of millions of rows.
  for (;;) {
    const comma = text.indexOf(",", start);
    const end = comma === -1 ? text.length : comma;
    const id = parseImdbId(text, start, end, prefix0, prefix1);
    if (id === -1) return null;
    ids.push(id);
    if (comma === -1) return ids;
    start = comma + 1;
  }
}

function formatImdbId(prefix: string, id: number): string {
  if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new RangeError(`IMDb id out of range: ${id}`);
  return prefix + String(id).padStart(MIN_DIGITS, "0");
}
