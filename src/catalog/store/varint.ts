// Postings lists are stored as LEB128 varints of the gaps between ascending u32 values (the first
// value as its gap from 0): 7 bits a byte, low bits first, high bit set on all but the last byte.

/** Most bytes one u32 takes as a varint. */
export const MAX_VARINT_BYTES = 5;

/** Writes `value` (a u32) as a varint at `pos`; returns the position after it. */
export function writeVarint(out: Uint8Array, pos: number, value: number): number {
  let v = value >>> 0;
  while (v >= 0x80) {
    out[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[pos++] = v;
  return pos;
}

/** Encodes ascending u32 `values` as delta varints; returns the bytes. */
export function encodeDeltas(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(values.length * MAX_VARINT_BYTES);
  let pos = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value >>> 0 !== value || value < previous || (i > 0 && value === previous)) {
      throw new RangeError(`postings values must be strictly ascending u32 integers: ${value} after ${previous}`);
    }
    pos = writeVarint(out, pos, value - previous);
    previous = value;
  }
  return out.slice(0, pos);
}

// Only damaged data ends early or passes 2^32 - 1: those throw a RangeError.
/** Decodes the first `count` values of a delta-varint list. */
export function decodeDeltas(bytes: Uint8Array, count: number): Uint32Array {
  const values = new Uint32Array(count);
  let pos = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let scale = 1;
    for (;;) {
      if (pos >= bytes.length) throw new RangeError("postings list ends inside a value");
      const byte = bytes[pos++]!;
      gap += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 128;
      if (scale > 2 ** 28) throw new RangeError("postings varint longer than 5 bytes");
    }
    previous += gap;
    if (previous > 0xffffffff) throw new RangeError("postings value beyond 2^32 - 1");
    values[i] = previous;
  }
  return values;
}
