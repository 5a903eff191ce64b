/** Section kind of postings. */
export const POSTINGS_KIND = "postings";

/** Bytes of one directory entry: term u32, count u32, list offset u64. */
export const DIRECTORY_ENTRY_BYTES = 16;

// The fence is read whole, verified and kept on first use. With 10M terms a lookup then reads 39 KiB
// of directory: one read still, and cheaper than checking a bigger fence in a fresh process.
/** Most fence entries: 4096 u32 (16 KiB). */
export const MAX_FENCE_ENTRIES = 4096;

/** Directory entries per fence entry for `terms` terms: at least 16, more when the fence would be too big. */
export function chooseFenceStride(terms: number): number {
  return Math.max(16, Math.ceil(terms / MAX_FENCE_ENTRIES));
}
