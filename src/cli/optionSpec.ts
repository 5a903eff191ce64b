import { UsageError } from "../errors";
import { longFlag, type OptionDoc } from "../render/commandDoc";

/** The numbers a numeric option accepts; a sign may be typed only when `min` is below zero. */
export interface Range {
  min: number;
  /** No upper bound when absent (short of the largest safe integer). */
  max?: number;
}

interface Declared<K extends string> extends OptionDoc {
  /** The option's name in the parsed options: commander's attribute name ("minRating" for --min-rating). */
  readonly key: K;
}

/**
 * One option, declared as data: its name, flags and description (what help, the man page and the
 * completion scripts show) and the kind of value it takes, which decides how it is parsed.
 */
export type OptionSpec<K extends string = string> =
  /** `--json`: true when given. */
  | (Declared<K> & { readonly value: "flag" })
  /** `--no-pager`: false when given, true otherwise. */
  | (Declared<K> & { readonly value: "negated" })
  /** `--color` and `--no-color`, one spec each under one key: true, false, or undefined when neither is given. */
  | (Declared<K> & { readonly value: "toggle" })
  /** `--director <name>`: the text as given. */
  | (Declared<K> & { readonly value: "text" })
  /** `--year <year>`: decimal digits only, within the range. */
  | (Declared<K> & { readonly value: "whole"; readonly range: Range })
  /** `--min-rating <rating>`: digits with an optional decimal point, within the range. */
  | (Declared<K> & { readonly value: "decimal"; readonly range: Range })
  /** `--sort <key>`: one of a few words, or `fallback` when not given. */
  | (Declared<K> & { readonly value: "choice"; readonly choices: readonly string[]; readonly fallback: string });

/** The parsed value of an option spec. */
export type ValueOf<S> =
  S extends { value: "flag" | "negated" } ? boolean
    : S extends { value: "toggle" } ? boolean | undefined
      : S extends { value: "text" } ? string | undefined
        : S extends { value: "whole" | "decimal" } ? number | undefined
          : S extends { value: "choice"; choices: readonly (infer C)[] } ? C
            : never;

/** The typed options a list of specs parses into: `{ year: number | undefined; sort: SortKey; … }`. */
export type ParsedOptions<O extends readonly OptionSpec[]> = { [S in O[number] as S["key"]]: ValueOf<S> };

export const flag = <K extends string>(key: K, flags: string, description: string) =>
  ({ key, flags, description, value: "flag" }) as const;
export const negated = <K extends string>(key: K, flags: string, description: string) =>
  ({ key, flags, description, value: "negated" }) as const;
export const toggle = <K extends string>(key: K, flags: string, description: string) =>
  ({ key, flags, description, value: "toggle" }) as const;
export const text = <K extends string>(key: K, flags: string, description: string) =>
  ({ key, flags, description, value: "text" }) as const;
export const whole = <K extends string>(key: K, flags: string, description: string, range: Range) =>
  ({ key, flags, description, value: "whole", range }) as const;
export const decimal = <K extends string>(key: K, flags: string, description: string, range: Range) =>
  ({ key, flags, description, value: "decimal", range }) as const;
export const choice = <K extends string, const C extends readonly string[]>(key: K, flags: string, description: string, choices: C, fallback: C[number]) =>
  ({ key, flags, description, value: "choice", choices, fallback }) as const;

const UNSIGNED_WHOLE = /^[0-9]+$/;
const SIGNED_WHOLE = /^-?[0-9]+$/;
const UNSIGNED_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;
const SIGNED_DECIMAL = /^-?[0-9]+(?:\.[0-9]+)?$/;

/** "from 1800 to 3000", "of at least 0". */
function rangeText({ min, max }: Range, tooLarge: boolean): string {
  if (max !== undefined) return `from ${min} to ${max}`;
  return tooLarge ? `from ${min} to ${Number.MAX_SAFE_INTEGER}` : `of at least ${min}`;
}

/**
 * A whole number written in decimal digits: no hex, exponent, fraction, space or empty string, and
 * a minus sign only when the range goes below zero. Anything else is a usage error naming the
 * option, the range and the value given.
 */
export function parseWhole(flag: string, value: string, range: Range): number {
  const n = (range.min < 0 ? SIGNED_WHOLE : UNSIGNED_WHOLE).test(value) ? Number(value) : Number.NaN;
  const tooLarge = Math.abs(n) > Number.MAX_SAFE_INTEGER;
  if (!Number.isSafeInteger(n) || n < range.min || n > (range.max ?? Number.MAX_SAFE_INTEGER)) {
    throw new UsageError(`${flag} must be a whole number ${rangeText(range, tooLarge)}, got "${value}"`);
  }
  return n === 0 ? 0 : n; // not -0
}

/**
 * A number written as decimal digits with an optional fraction (`7`, `7.5`): no exponent, hex,
 * space, leading or trailing point, or empty string; a minus sign only when the range goes below zero.
 */
export function parseDecimal(flag: string, value: string, range: Range): number {
  const n = (range.min < 0 ? SIGNED_DECIMAL : UNSIGNED_DECIMAL).test(value) ? Number(value) : Number.NaN;
  if (!Number.isFinite(n) || n < range.min || n > (range.max ?? Number.MAX_VALUE)) {
    throw new UsageError(`${flag} must be a decimal number ${rangeText(range, false)}, got "${value}"`);
  }
  return n === 0 ? 0 : n;
}

/** One option's value from what commander gathered (a string, true/false, or undefined when not given). */
function parseValue(spec: OptionSpec, raw: unknown): unknown {
  const given = typeof raw === "string" ? raw : undefined;
  switch (spec.value) {
    case "flag": return raw === true;
    case "negated": return raw !== false;
    case "toggle": return typeof raw === "boolean" ? raw : undefined;
    case "text": return given;
    case "whole": return given === undefined ? undefined : parseWhole(longFlag(spec), given, spec.range);
    case "decimal": return given === undefined ? undefined : parseDecimal(longFlag(spec), given, spec.range);
    case "choice":
      if (given === undefined) return spec.fallback;
      if (!spec.choices.includes(given)) throw new UsageError(`${longFlag(spec)} must be one of ${spec.choices.join(", ")}, got "${given}"`);
      return given;
  }
}

/**
 * Parses every option of a list once, in declaration order, into the typed object commands receive.
 * `raw` is commander's: keyed by attribute name, which each spec's key is.
 */
export function parseOptions<const O extends readonly OptionSpec[]>(specs: O, raw: Readonly<Record<string, unknown>>): ParsedOptions<O> {
  const parsed: Record<string, unknown> = {};
  for (const spec of specs) parsed[spec.key] = parseValue(spec, raw[spec.key]);
  return parsed as ParsedOptions<O>;
}
