import { crc32 } from "./crc32";
import { IndexFormatError } from "./IndexFormatError";
import { readU64, writeU64 } from "./u64";

/** The first 8 bytes of every index file. */
export const MAGIC = new Uint8Array([0x46, 0x49, 0x4c, 0x4d, 0x43, 0x49, 0x58, 0x00]); // "FILMCIX\0"

/** The format version this code writes and reads; any change to the layout bumps it. */
export const FORMAT_VERSION = 1;

/** Bytes of the fixed superblock at offset 0. */
export const SUPERBLOCK_BYTES = 48;

/** Where the rest of the header is and how long the file must be, as the superblock records them. */
export interface Superblock {
  readonly version: number;
  /** Exact size of a complete file; anything else is truncated or has trailing bytes. */
  readonly fileLength: number;
  readonly bodyOffset: number;
  readonly bodyLength: number;
  readonly bodyCrc32: number;
}

/** The 48 superblock bytes for `block`, its own CRC32 included. */
export function encodeSuperblock(block: Superblock): Uint8Array {
  const bytes = new Uint8Array(SUPERBLOCK_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(MAGIC, 0);
  view.setUint32(8, block.version, true);
  writeU64(view, 16, block.fileLength);
  writeU64(view, 24, block.bodyOffset);
  view.setUint32(32, block.bodyLength, true);
  view.setUint32(36, block.bodyCrc32, true);
  view.setUint32(44, crc32(bytes.subarray(0, 44)), true);
  return bytes;
}

// Order: magic, version, own CRC, then that the fields are possible. The version comes before the
// CRC so that a later format may change everything after byte 12.
/** Checks and decodes the superblock at the start of `bytes` (the file's first bytes). */
export function decodeSuperblock(bytes: Uint8Array, path: string): Superblock {
  const magicBytes = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < magicBytes; i++) {
    if (bytes[i] !== MAGIC[i]) throw new IndexFormatError("not-an-index", path, "the file does not start with the index magic FILMCIX\\0");
  }
  if (bytes.length < 12) {
    throw new IndexFormatError("truncated", path, `the file ends after ${bytes.length} bytes, inside the ${SUPERBLOCK_BYTES}-byte superblock`,
      { expected: SUPERBLOCK_BYTES, actual: bytes.length });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const version = view.getUint32(8, true);
  if (version !== FORMAT_VERSION) {
    throw new IndexFormatError("version", path, `format version ${version}; this reader reads version ${FORMAT_VERSION}`,
      { expected: FORMAT_VERSION, actual: version });
  }
  if (bytes.length < SUPERBLOCK_BYTES) {
    throw new IndexFormatError("truncated", path, `the file ends after ${bytes.length} bytes, inside the ${SUPERBLOCK_BYTES}-byte superblock`,
      { expected: SUPERBLOCK_BYTES, actual: bytes.length });
  }
  const stored = view.getUint32(44, true);
  const actual = crc32(bytes.subarray(0, 44));
  if (stored !== actual) throw new IndexFormatError("checksum", path, "superblock CRC32 mismatch", { expected: stored, actual });
  const block: Superblock = {
    version,
    fileLength: readU64(view, 16),
    bodyOffset: readU64(view, 24),
    bodyLength: view.getUint32(32, true),
    bodyCrc32: view.getUint32(36, true),
  };
  const reserved = view.getUint32(12, true) | view.getUint32(40, true);
  if (reserved !== 0 || !(block.bodyOffset >= SUPERBLOCK_BYTES && block.bodyOffset + block.bodyLength <= block.fileLength)) {
    throw new IndexFormatError("corrupt", path, "the superblock's header offset, header length or file length are impossible");
  }
  return block;
}
