/** Section kind of key tables. */
export const KEY_TABLE_KIND = "keytable";

// A lookup reads two directory entries, so its size costs nothing; it is verified on first use only
// when under IndexFile's auto-verify limit.
/** Most bucket bits: a 2^16 + 1 entry (256 KiB) bucket directory. */
export const MAX_BUCKET_BITS = 16;

/** Bucket bits for `n` entries: about 32 entries (256 bytes) a bucket, at most MAX_BUCKET_BITS. */
export function chooseBucketBits(n: number): number {
  return Math.min(MAX_BUCKET_BITS, Math.max(0, Math.ceil(Math.log2(Math.max(1, n / 32)))));
}

/** The bucket of a hash: its top `bits` bits (0 bits: everything in bucket 0). */
export function bucketOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : hash >>> (32 - bits);
}
