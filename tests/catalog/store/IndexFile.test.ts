import { mkdirSync, truncateSync, appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IndexFile } from "../../../src/catalog/store/IndexFile";
import { IndexFormatError, type IndexFormatReason } from "../../../src/catalog/store/IndexFormatError";
import { writeIndexFile } from "../../../src/catalog/store/IndexWriter";
import { crc32 } from "../../../src/catalog/store/crc32";
import { FORMAT_VERSION, SUPERBLOCK_BYTES, encodeSuperblock } from "../../../src/catalog/store/superblock";
import { flipByte, freshPath, tempDir } from "./storeFixtures";

const dir = tempDir("file");

/** An index with a small section "small" and a 2 MiB section "large". */
function sample(): string {
  const path = freshPath(dir);
  writeIndexFile(path, (w) => {
    w.beginSection("small", "raw");
    w.writePart("data", new Uint8Array([1, 2, 3, 4, 5]));
    w.endSection();
    w.beginSection("large", "raw");
    w.writePart("data", new Uint8Array(2 << 20).fill(1));
    w.endSection();
    return { source: { size: 10, mtimeMs: 1.5 } };
  });
  return path;
}

function reasonOf(action: () => unknown): IndexFormatReason {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(IndexFormatError);
    return (error as IndexFormatError).reason;
  }
  throw new Error("expected an IndexFormatError");
}

describe("IndexFile.open", () => {
  it("opens a good file and gives its meta and sections", () => {
    const path = sample();
    const file = IndexFile.open(path);
    expect(file.meta).toEqual({ source: { size: 10, mtimeMs: 1.5 } });
    expect(file.has("small") && file.has("large") && !file.has("other")).toBe(true);
    expect(file.section("small", "raw").parts[0]!.length).toBe(5);
    file.verifyAll();
    file.close();
    expect(() => file.read(file.section("large").parts[0]!, 0, 1)).toThrow(/closed/);
  });

  it("says what is wrong, with the path", () => {
    const error = (() => { try { IndexFile.open(join(dir, "nope.idx")); } catch (e) { return e as IndexFormatError; } })()!;
    expect(error.reason).toBe("missing");
    expect(error.path).toBe(join(dir, "nope.idx"));
    expect(error.message).toContain("nope.idx");
    mkdirSync(join(dir, "a-directory"));
    expect(reasonOf(() => IndexFile.open(join(dir, "a-directory")))).toBe("unreadable");
  });

  it("rejects files that are not indexes", () => {
    writeFileSync(join(dir, "json.idx"), '{"films": []}');
    expect(reasonOf(() => IndexFile.open(join(dir, "json.idx")))).toBe("not-an-index");
    writeFileSync(join(dir, "empty.idx"), "");
    expect(reasonOf(() => IndexFile.open(join(dir, "empty.idx")))).toBe("truncated");
    writeFileSync(join(dir, "stub.idx"), "FILMCIX\0\x01");
    expect(reasonOf(() => IndexFile.open(join(dir, "stub.idx")))).toBe("truncated");
    const path = sample();
    flipByte(path, 0);
    expect(reasonOf(() => IndexFile.open(path))).toBe("not-an-index");
  });

  it("rejects another format version before anything else", () => {
    const path = sample();
    flipByte(path, 8);
    const error = (() => { try { IndexFile.open(path); } catch (e) { return e as IndexFormatError; } })()!;
    expect(error.reason).toBe("version");
    expect(error.expected).toBe(FORMAT_VERSION);
    expect(error.actual).toBe(FORMAT_VERSION ^ 0xff);
  });

  it("detects truncation and trailing bytes from the size the header records", () => {
    const path = sample();
    truncateSync(path, (2 << 20) + 100);
    expect(reasonOf(() => IndexFile.open(path))).toBe("truncated");
    truncateSync(path, 30);
    expect(reasonOf(() => IndexFile.open(path))).toBe("truncated");
    const longer = sample();
    appendFileSync(longer, "x");
    expect(reasonOf(() => IndexFile.open(longer))).toBe("oversized");
  });

  it("detects a flipped byte anywhere in the superblock or header", () => {
    for (const offset of [16, 30, 44, SUPERBLOCK_BYTES, SUPERBLOCK_BYTES + 20]) {
      const path = sample();
      flipByte(path, offset);
      expect([offset, reasonOf(() => IndexFile.open(path))]).toEqual([offset, "checksum"]);
    }
  });

  it("checks small parts on first access and large ones on verify()", () => {
    const path = sample();
    const probe = IndexFile.open(path);
    const small = probe.section("small").parts[0]!;
    const large = probe.section("large").parts[0]!;
    flipByte(path, small.offset + 2);
    flipByte(path, large.offset + 12345);
    const file = IndexFile.open(path);
    expect(reasonOf(() => file.read(small, 0, 1))).toBe("checksum");
    expect(reasonOf(() => file.verify("small"))).toBe("checksum");
    expect(file.read(large, 0, 2)).toEqual(new Uint8Array([1, 1])); // not read whole, so not checked
    const error = (() => { try { file.verify("large"); } catch (e) { return e as IndexFormatError; } })()!;
    expect([error.reason, error.section, error.part]).toEqual(["checksum", "large", "data"]);
    // With automatic checks off, the damaged small part reads without complaint.
    expect(IndexFile.open(path, { autoVerifyBytes: 0 }).read(small, 0, 5)).toEqual(new Uint8Array([1, 2, 3 ^ 0xff, 4, 5]));
  });

  it("reports missing sections, wrong kinds and out-of-range reads as facts", () => {
    const file = IndexFile.open(sample());
    expect(reasonOf(() => file.section("absent"))).toBe("no-section");
    expect(reasonOf(() => file.section("small", "numbers"))).toBe("incompatible");
    expect(reasonOf(() => file.part(file.section("small"), "other"))).toBe("corrupt");
    expect(reasonOf(() => file.read(file.section("small").parts[0]!, 3, 3))).toBe("corrupt");
  });

  it("opens a file whose only content is its header", () => {
    const path = join(dir, "bare.idx");
    writeIndexFile(path, () => undefined);
    const file = IndexFile.open(path);
    expect([file.meta, file.sections]).toEqual([null, []]);
  });

  it("rejects headers whose checksums pass but whose structure is impossible", () => {
    /** A file with a correct superblock and header CRC around `body`, `fileLength` bytes long. */
    const craft = (body: unknown, fileLength = 4096): string => {
      const text = new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body));
      const bytes = new Uint8Array(fileLength);
      bytes.set(encodeSuperblock({ version: FORMAT_VERSION, fileLength, bodyOffset: SUPERBLOCK_BYTES, bodyLength: text.length, bodyCrc32: crc32(text) }));
      bytes.set(text, SUPERBLOCK_BYTES);
      const path = freshPath(dir);
      writeFileSync(path, bytes);
      return path;
    };
    const part = (offset: number, length = 8) => ({ name: "p", offset, length, crc32: 0 });
    const section = (name: string, ...parts: unknown[]) => ({ name, kind: "raw", params: {}, parts });
    expect(IndexFile.open(craft({ meta: 1, sections: [section("a", part(1024))] })).meta).toBe(1);
    for (const body of [
      "not json",
      { meta: 1 },
      { sections: [section("a", part(1020))] }, // unaligned
      { sections: [section("a", part(4096))] }, // past the end
      { sections: [section("a", part(1024, 16)), section("b", part(1032))] }, // overlapping
      { sections: [section("a", part(40))] }, // over the superblock
      { sections: [section("a", part(1024)), section("a", part(2048))] }, // repeated name
      { sections: [section("a", part(1024), part(2048))] }, // repeated part name
      { sections: [section("a", { name: "p", offset: 2 ** 60, length: 8, crc32: 0 })] }, // not a safe integer
      { sections: [{ name: "a", kind: "raw", parts: [] }] }, // no params
    ]) {
      expect([body, reasonOf(() => IndexFile.open(craft(body)))]).toEqual([body, "corrupt"]);
    }
  });
});
