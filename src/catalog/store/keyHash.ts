import { murmur3, murmur3Ascii } from "./murmur3";

// The name is stored in the file and a reader refuses a table built with another hash name, so a
// different function must have a different name.
/** A named 32-bit hash of string keys. */
export interface KeyHash {
  readonly name: string;
  hash(key: string): number;
}

/** MurmurHash3 x86 32-bit of the key's UTF-8 bytes (the default key hash). */
export function murmur3KeyHash(seed = 0): KeyHash {
  const encoder = new TextEncoder();
  // Per-instance scratch space, so hashing millions of keys allocates nothing per key.
  let scratch = new Uint8Array(256);
  return {
    name: `murmur3-32/utf8/seed=${seed >>> 0}`,
    hash(key: string): number {
      // Most keys (ids, normalized titles) are ASCII: hashing their char codes skips the encoder.
      const ascii = murmur3Ascii(key, seed);
      if (ascii >= 0) return ascii;
      if (key.length * 3 > scratch.length) scratch = new Uint8Array(key.length * 3);
      return murmur3(scratch, encoder.encodeInto(key, scratch).written, seed);
    },
  };
}
