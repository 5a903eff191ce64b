// A tiny schema language: one description drives both the runtime validator (which reports the
// JSON path of every problem) and the JSON Schema file under data/, so the two cannot drift.

/** A problem found in a value, located by its JSON path (`films[3].year`). */
export interface Problem {
  path: string;
  message: string;
}

/** A node of the schema description. */
export type Shape =
  | { kind: "string"; pattern?: RegExp; describe?: string }
  /** A finite number, within [min, max] when given, one of `oneOf` when given. */
  | { kind: "number"; integer?: boolean; min?: number; max?: number; oneOf?: readonly number[] }
  | { kind: "null" }
  | { kind: "literal"; value: number | string }
  | { kind: "array"; items: Shape }
  /** `atMost`: the number in `field` is at most the number in `limit` (a rating's value and its scale); `limit` must list its values in `oneOf`. */
  | { kind: "object"; fields: Record<string, { shape: Shape; optional?: boolean }>; atMost?: { field: string; limit: string } }
  | { kind: "anyOf"; options: Shape[] };

/** Describes a value for a message: `"1985"`, `null`, `an array`, `an object`. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

function expected(shape: Shape): string {
  switch (shape.kind) {
    case "string": return shape.describe ?? "a string";
    case "number": {
      const what = shape.integer ? "an integer" : "a number";
      if (shape.oneOf) return `one of ${shape.oneOf.join(", ")}`;
      if (shape.min !== undefined && shape.max !== undefined) return `${what} from ${shape.min} to ${shape.max}`;
      if (shape.min !== undefined) return `${what} of at least ${shape.min}`;
      return shape.max !== undefined ? `${what} of at most ${shape.max}` : what;
    }
    case "null": return "null";
    case "literal": return JSON.stringify(shape.value);
    case "array": return "an array";
    case "object": return "an object";
    case "anyOf": return shape.options.map(expected).join(" or ");
  }
}

const has = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** Checks `value` against `shape`, appending problems; stops adding once `limit` are found. */
export function checkShape(value: unknown, shape: Shape, path: string, problems: Problem[], limit: number): void {
  if (problems.length >= limit) return;
  const fail = (): void => {
    problems.push({ path, message: `expected ${expected(shape)}, got ${describeValue(value)}` });
  };
  switch (shape.kind) {
    case "string":
      if (typeof value !== "string" || (shape.pattern && !shape.pattern.test(value))) fail();
      return;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value) || (shape.integer && !Number.isInteger(value))
        || (shape.min !== undefined && value < shape.min) || (shape.max !== undefined && value > shape.max)
        || (shape.oneOf && !shape.oneOf.includes(value))) fail();
      return;
    case "null":
      if (value !== null) fail();
      return;
    case "literal":
      if (value !== shape.value) fail();
      return;
    case "anyOf": {
      const ok = shape.options.some((option) => {
        const trial: Problem[] = [];
        checkShape(value, option, path, trial, 1);
        return trial.length === 0;
      });
      if (!ok) fail();
      return;
    }
    case "array":
      if (!Array.isArray(value)) return fail();
      for (let i = 0; i < value.length && problems.length < limit; i++) {
        checkShape(value[i], shape.items, `${path}[${i}]`, problems, limit);
      }
      return;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail();
      const record = value as Record<string, unknown>;
      for (const [key, field] of Object.entries(shape.fields)) {
        const at = path ? `${path}.${key}` : key;
        if (has(record, key)) checkShape(record[key], field.shape, at, problems, limit);
        else if (!field.optional) problems.push({ path: at, message: "is missing" });
      }
      for (const key of Object.keys(record)) {
        if (!has(shape.fields, key) && problems.length < limit) {
          problems.push({ path: path ? `${path}.${key}` : key, message: "is not a known field" });
        }
      }
      if (shape.atMost && problems.length < limit) checkAtMost(record, shape.atMost, path, problems);
      return;
    }
  }
}

/** Checks one field against the number in another (`value` at most `scale`); either missing or mistyped is reported elsewhere. */
function checkAtMost(record: Record<string, unknown>, rule: { field: string; limit: string }, path: string, problems: Problem[]): void {
  const value = has(record, rule.field) ? record[rule.field] : undefined;
  const limit = has(record, rule.limit) ? record[rule.limit] : undefined;
  if (typeof value === "number" && typeof limit === "number" && value > limit) {
    problems.push({ path: path ? `${path}.${rule.field}` : rule.field, message: `expected at most ${limit} (the ${rule.limit}), got ${value}` });
  }
}

/** Translates a shape into JSON Schema (draft 2020-12) for tools outside filmcli. */
export function toJsonSchema(shape: Shape): Record<string, unknown> {
  switch (shape.kind) {
    case "string": return shape.pattern ? { type: "string", pattern: shape.pattern.source } : { type: "string" };
    case "number": {
      const s: Record<string, unknown> = { type: shape.integer ? "integer" : "number" };
      if (shape.min !== undefined) s.minimum = shape.min;
      if (shape.max !== undefined) s.maximum = shape.max;
      if (shape.oneOf) s.enum = [...shape.oneOf];
      return s;
    }
    case "null": return { type: "null" };
    case "literal": return { const: shape.value };
    case "array": return { type: "array", items: toJsonSchema(shape.items) };
    case "anyOf": return { anyOf: shape.options.map(toJsonSchema) };
    case "object": {
      const entries = Object.entries(shape.fields);
      const schema: Record<string, unknown> = {
        type: "object",
        properties: Object.fromEntries(entries.map(([k, f]) => [k, toJsonSchema(f.shape)])),
        required: entries.filter(([, f]) => !f.optional).map(([k]) => k),
        additionalProperties: false,
      };
      if (shape.atMost) schema.allOf = atMostSchema(shape, shape.atMost);
      return schema;
    }
  }
}

/**
 * `field` at most `limit`, in JSON Schema, which cannot compare two fields: one if/then per value
 * the limit may take (its `oneOf`), so that the schema file says exactly what the validator checks.
 */
function atMostSchema(shape: Extract<Shape, { kind: "object" }>, rule: { field: string; limit: string }): Record<string, unknown>[] {
  const limit = shape.fields[rule.limit]?.shape;
  if (limit?.kind !== "number" || !limit.oneOf) throw new Error(`atMost: ${rule.limit} must list its values in oneOf`);
  return limit.oneOf.map((n) => ({
    if: { properties: { [rule.limit]: { const: n } }, required: [rule.limit] },
    then: { properties: { [rule.field]: { maximum: n } } },
  }));
}
