import { LITTLE_ENDIAN } from "./endianness";

// CRC-32 (IEEE 802.3, the zlib/PNG/gzip one). zlib's native crc32 (Node >= 20.15) is several
// times faster, but loading node:zlib costs ~4 ms of a ~40 ms cold start, so small inputs (what opening an
// index and a lookup verify) use the table-driven code below and only large ones load zlib.

/** Inputs at least this long use zlib's crc32 when Node has it. */
export const NATIVE_CRC32_MIN_BYTES = 1 << 20;

type Crc32Function = (data: Uint8Array, value?: number) => number;

/** Slice-by-8 tables: 8 consecutive tables of 256 entries, signed so V8 keeps them small integers. */
const TABLES = makeTables();

function makeTables(): Int32Array {
  const t = new Int32Array(8 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n]!;
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff]! ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
}

/** CRC-32 of `data` continuing from `value` (the CRC of the bytes before), computed in JavaScript. */
export function tableCrc32(data: Uint8Array, value = 0): number {
  const t = TABLES;
  let c = ~value;
  let i = 0;
  const n = data.length;
  const head = (4 - (data.byteOffset & 3)) & 3;
  if (LITTLE_ENDIAN && n >= head + 8) {
    // Whole 32-bit loads are twice as fast as byte loads; they need 4-byte alignment and LE order.
    for (; i < head; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    const words = new Int32Array(data.buffer, data.byteOffset + i, (n - i) >>> 3 << 1);
    for (let w = 0; w < words.length; w += 2) {
      const a = c ^ words[w]!;
      const b = words[w + 1]!;
      c = t[1792 + (a & 0xff)]! ^ t[1536 + ((a >>> 8) & 0xff)]! ^ t[1280 + ((a >>> 16) & 0xff)]! ^ t[1024 + (a >>> 24)]!
        ^ t[768 + (b & 0xff)]! ^ t[512 + ((b >>> 8) & 0xff)]! ^ t[256 + ((b >>> 16) & 0xff)]! ^ t[b >>> 24]!;
    }
    i += words.length * 4;
  }
  for (; i < n; i++) c = t[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** zlib's crc32 when this Node has it (>= 20.15; getBuiltinModule is >= 20.16), else undefined. */
export function nativeCrc32(): Crc32Function | undefined {
  if (typeof process.getBuiltinModule !== "function") return undefined;
  const zlib = process.getBuiltinModule("node:zlib") as { crc32?: Crc32Function } | undefined;
  return typeof zlib?.crc32 === "function" ? zlib.crc32 : undefined;
}

/** CRC-32 of `data` continuing from `value`; the same result whichever implementation runs. */
export function crc32(data: Uint8Array, value = 0): number {
  if (data.length >= NATIVE_CRC32_MIN_BYTES) {
    const native = nativeCrc32();
    if (native !== undefined) return native(data, value) >>> 0;
  }
  return tableCrc32(data, value);
}
