// checkShape interprets a shape for every value and builds each problem's path as it goes; indexing a
// dataset checks millions of films, nearly all valid. A shape compiled once into nested closures answers
// only "valid or not", with nothing allocated; the caller asks checkShape for the problem only when the
// answer is no, so the problems reported stay checkShape's own.

import type { Shape } from "./shape";

/** Whether a value matches a shape: true exactly when checkShape finds no problem in it. */
export type ShapeTest = (value: unknown) => boolean;

const hasOwn = Object.prototype.hasOwnProperty;

/** Compiles `shape` into a test that agrees with checkShape on every value. */
export function compileShape(shape: Shape): ShapeTest {
  switch (shape.kind) {
    case "string": {
      const { pattern } = shape;
      return pattern ? (v) => typeof v === "string" && pattern.test(v) : (v) => typeof v === "string";
    }
    case "number": {
      const { integer = false, min = -Infinity, max = Infinity, oneOf } = shape;
      return (v) => typeof v === "number" && Number.isFinite(v) && (!integer || Number.isInteger(v))
        && v >= min && v <= max && (oneOf === undefined || oneOf.includes(v));
    }
    case "null":
      return (v) => v === null;
    case "literal": {
      const { value } = shape;
      return (v) => v === value;
    }
    case "anyOf": {
      const options = shape.options.map(compileShape);
      return (v) => options.some((test) => test(v));
    }
    case "array": {
      const item = compileShape(shape.items);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
        return true;
      };
    }
    case "object":
      return compileObject(shape);
  }
}

function compileObject(shape: Extract<Shape, { kind: "object" }>): ShapeTest {
  const fields = Object.entries(shape.fields).map(([key, field]) => ({ key, test: compileShape(field.shape), optional: field.optional === true }));
  const { atMost } = shape;
  return (v) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
    const record = v as Record<string, unknown>;
    let present = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f]!;
      if (hasOwn.call(record, field.key)) {
        present++;
        if (!field.test(record[field.key])) return false;
      } else if (!field.optional) return false;
    }
    // Every own key is a known field when the known fields present account for all of them.
    if (Object.keys(record).length !== present) return false;
    if (atMost) {
      const value = hasOwn.call(record, atMost.field) ? record[atMost.field] : undefined;
      const limit = hasOwn.call(record, atMost.limit) ? record[atMost.limit] : undefined;
      if (typeof value === "number" && typeof limit === "number" && value > limit) return false;
    }
    return true;
  };
}
