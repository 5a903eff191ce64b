// Index files store 64-bit offsets as two little-endian u32 halves (low first), which is the
// little-endian u64 layout. JavaScript numbers hold every integer up to 2^53 exactly, far beyond any
// file, so offsets are read into plain numbers; a high half above 2^21 - 1 cannot be a real offset.

const TWO_32 = 0x1_0000_0000;

/** Largest high half whose u64 is still a safe integer (2^53 - 1 >> 32). */
export const MAX_SAFE_HIGH = 0x1f_ffff;

/** The number a (low, high) pair of u32 halves stands for, or NaN when it exceeds 2^53 - 1. */
export function u64FromHalves(low: number, high: number): number {
  return high > MAX_SAFE_HIGH ? Number.NaN : high * TWO_32 + low;
}

/** The low u32 half of a safe non-negative integer. */
export function lowHalf(value: number): number {
  return value % TWO_32;
}

/** The high u32 half of a safe non-negative integer. */
export function highHalf(value: number): number {
  return Math.floor(value / TWO_32);
}

/** Writes a safe non-negative integer as a little-endian u64 at `byteOffset`; throws a RangeError otherwise. */
export function writeU64(view: DataView, byteOffset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a u64 offset JavaScript can hold exactly: ${value}`);
  view.setUint32(byteOffset, lowHalf(value), true);
  view.setUint32(byteOffset + 4, highHalf(value), true);
}

/** Reads a little-endian u64 at `byteOffset`; NaN when it exceeds 2^53 - 1 (only a corrupt file has that). */
export function readU64(view: DataView, byteOffset: number): number {
  return u64FromHalves(view.getUint32(byteOffset, true), view.getUint32(byteOffset + 4, true));
}
