// The index file storage layer: one binary file of typed sections, opened in constant time and read
// with positioned reads. See docs/index-format.md for the layout.
export { IndexFormatError, type IndexFormatFacts, type IndexFormatReason } from "./IndexFormatError";
export { IndexFile, type IndexFileOptions, DEFAULT_AUTO_VERIFY_BYTES } from "./IndexFile";
export { IndexWriter, type IndexWriterOptions, DEFAULT_HEADER_RESERVE, writeIndexFile, writeFully } from "./IndexWriter";
export type { PartEntry, SectionEntry, SectionParams } from "./headerBody";
export { FORMAT_VERSION, MAGIC } from "./superblock";
export { type NumberType, type NumberArrays } from "./numberTypes";
export { writeNumberColumn } from "./writeNumberColumn";
export { NumberColumn } from "./NumberColumn";
export { StringColumnBuilder } from "./StringColumnBuilder";
export { StringColumnWriter } from "./StringColumnWriter";
export { StringColumn } from "./StringColumn";
export { BlobColumnWriter } from "./BlobColumnWriter";
export { BlobColumn } from "./BlobColumn";
export { type KeyHash, murmur3KeyHash } from "./keyHash";
export { murmur3 } from "./murmur3";
export { KeyTableBuilder, type KeyTableBuilderOptions } from "./KeyTableBuilder";
export { KeyTable } from "./KeyTable";
export { PostingsBuilder } from "./PostingsBuilder";
export { Postings } from "./Postings";
export { PairSorter, type PairSorterOptions, type SpillOptions, type PairBatchHandler } from "./PairSorter";
export { crc32 } from "./crc32";
export { type RandomName, type TempFile, createTempFile, discardTempFile } from "./tempFile";
export { lowerBound } from "./lowerBound";
