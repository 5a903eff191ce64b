// Field parsers shared by the decoders. Each returns null for an absent value (`\N`) and
// undefined for a malformed one, so a decoder can tell "unknown" from "broken" in one call.

// Nine digits keep every whole number below 2^31, comfortably inside a u32 column.
const MAX_WHOLE_DIGITS = 9;

/** Digits only (no sign, no spaces): a count, an ordering, a runtime. */
export function parseWholeNumber(text: string | null): number | null | undefined {
  if (text === null) return null;
  return digitsValue(text, 1, MAX_WHOLE_DIGITS);
}

/** A calendar year of one to four digits; IMDb has people born before the year 1000. */
export function parseYear(text: string | null): number | null | undefined {
  if (text === null) return null;
  return digitsValue(text, 1, 4);
}

/** IMDb's booleans: "0" or "1". */
export function parseFlag(text: string | null): boolean | null | undefined {
  if (text === null) return null;
  if (text === "1") return true;
  if (text === "0") return false;
  return undefined;
}

/** An average rating: 0 to 10 with at most one decimal ("7.3", "10.0", "8"). */
export function parseRating(text: string | null): number | null | undefined {
  if (text === null) return null;
  const dot = text.indexOf(".");
  const whole = digitsValue(dot === -1 ? text : text.slice(0, dot), 1, 2);
  if (whole === undefined) return undefined;
  let tenths = whole * 10;
  if (dot !== -1) {
    if (text.length !== dot + 2) return undefined;
    const digit = text.charCodeAt(dot + 1) - 48;
    if (digit < 0 || digit > 9) return undefined;
    tenths += digit;
  }
  // Dividing whole tenths gives the same double as the literal ("7.3" === 73 / 10).
  return tenths > 100 ? undefined : tenths / 10;
}

/** A separated list (genres by ",", aka types by "\x02"); `\N` is empty and empty entries are dropped. */
export function splitList(text: string | null, separator: string): string[] {
  if (text === null || text.length === 0) return [];
  if (text.indexOf(separator) === -1) return [text];
  return text.split(separator).filter((entry) => entry.length > 0);
}

/** Free text that may be absent; an empty field says no more than `\N` does. */
export function optionalText(text: string | null): string | null {
  return text === null || text.length === 0 ? null : text;
}

function digitsValue(text: string, minDigits: number, maxDigits: number): number | undefined {
  const length = text.length;
  if (length < minDigits || length > maxDigits) return undefined;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return value;
}
