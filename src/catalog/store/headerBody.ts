import { IndexFormatError } from "./IndexFormatError";
import { SUPERBLOCK_BYTES, type Superblock } from "./superblock";

/** Section parameters: small JSON values such as counts and element types. */
export type SectionParams = Readonly<Record<string, unknown>>;

/** One contiguous, 8-byte-aligned byte range of a section, with the CRC32 of exactly those bytes. */
export interface PartEntry {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly crc32: number;
}

/** A named, typed object in the file (a column, a key table...) made of one or more parts. */
export interface SectionEntry {
  readonly name: string;
  readonly kind: string;
  readonly params: SectionParams;
  readonly parts: readonly PartEntry[];
}

/** The JSON header: the caller's meta and the section table. */
export interface HeaderBody {
  readonly meta: unknown;
  readonly sections: readonly SectionEntry[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isSize = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

// Unique names, parts 8-byte aligned, inside the file, overlapping neither each other nor the header.
/** Parses the header JSON and checks it against the superblock; anything wrong is "corrupt". */
export function parseHeaderBody(bytes: Uint8Array, block: Superblock, path: string): HeaderBody {
  const corrupt = (detail: string): IndexFormatError => new IndexFormatError("corrupt", path, `header: ${detail}`);
  let body: unknown;
  try {
    // The CRC has vouched for the bytes already; Buffer's decoder starts faster than a TextDecoder.
    body = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"));
  } catch (error) {
    throw new IndexFormatError("corrupt", path, "header is not valid JSON", { cause: error });
  }
  if (!isRecord(body) || !Array.isArray(body.sections)) throw corrupt("no section table");
  const ranges: [number, number][] = [[0, SUPERBLOCK_BYTES], [block.bodyOffset, block.bodyOffset + block.bodyLength]];
  const names = new Set<string>();
  for (const section of body.sections as unknown[]) {
    if (!isRecord(section) || typeof section.name !== "string" || typeof section.kind !== "string" || !isRecord(section.params) || !Array.isArray(section.parts)) {
      throw corrupt("a section entry lacks name, kind, params or parts");
    }
    if (names.has(section.name)) throw corrupt(`two sections named ${JSON.stringify(section.name)}`);
    names.add(section.name);
    const partNames = new Set<string>();
    for (const part of section.parts as unknown[]) {
      if (!isRecord(part) || typeof part.name !== "string" || !isSize(part.offset) || !isSize(part.length)
        || !isSize(part.crc32) || part.crc32 > 0xffffffff || partNames.has(part.name)) {
        throw corrupt(`section ${JSON.stringify(section.name)} has a malformed or repeated part`);
      }
      partNames.add(part.name);
      if (part.offset % 8 !== 0 || part.offset + part.length > block.fileLength) {
        throw corrupt(`part ${section.name}/${part.name} is unaligned or outside the file`);
      }
      if (part.length > 0) ranges.push([part.offset, part.offset + part.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]![0] < ranges[i - 1]![1]) throw corrupt("parts overlap each other or the header");
  }
  return { meta: body.meta ?? null, sections: body.sections as SectionEntry[] };
}
