/** Element types of number columns, all little-endian in the file. */
export type NumberType = "u8" | "u16" | "u32" | "i32" | "f64";

/** The typed array that holds values of each number type. */
export interface NumberArrays {
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  i32: Int32Array;
  f64: Float64Array;
}

/** Constructors, widths and integer ranges per number type. */
export const NUMBER_TYPES = {
  u8: { array: Uint8Array, bytes: 1, min: 0, max: 0xff },
  u16: { array: Uint16Array, bytes: 2, min: 0, max: 0xffff },
  u32: { array: Uint32Array, bytes: 4, min: 0, max: 0xffffffff },
  i32: { array: Int32Array, bytes: 4, min: -0x80000000, max: 0x7fffffff },
  f64: { array: Float64Array, bytes: 8, min: -Infinity, max: Infinity },
} as const;

/** Whether `value` names a number type. */
export function isNumberType(value: unknown): value is NumberType {
  return typeof value === "string" && Object.hasOwn(NUMBER_TYPES, value);
}

/** A typed array of `type` viewing `bytes` (which must be aligned for it). */
export function viewAs<T extends NumberType>(type: T, bytes: Uint8Array, count: number): NumberArrays[T] {
  return new NUMBER_TYPES[type].array(bytes.buffer as ArrayBuffer, bytes.byteOffset, count) as NumberArrays[T];
}

/** Whether `value` can be stored in a column of `type` without changing. */
export function fitsNumberType(type: NumberType, value: number): boolean {
  if (type === "f64") return typeof value === "number";
  const { min, max } = NUMBER_TYPES[type];
  return Number.isInteger(value) && value >= min && value <= max;
}
