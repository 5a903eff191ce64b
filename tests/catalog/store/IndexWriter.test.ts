import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IndexFile } from "../../../src/catalog/store/IndexFile";
import { IndexWriter, writeIndexFile } from "../../../src/catalog/store/IndexWriter";
import { tempDir } from "./storeFixtures";

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe("IndexWriter", () => {
  it("writes to an exclusive temporary file and renames it into place", () => {
    const dir = tempDir("writer");
    const path = join(dir, "films.idx");
    const writer = IndexWriter.create(path);
    expect(writer.tempPath).toMatch(/\/\.films\.idx\.[0-9a-f]{24}\.tmp$/);
    expect((statSync(writer.tempPath).mode & 0o777).toString(8)).toBe("600");
    writer.beginSection("s", "raw");
    writer.writePart("data", bytes(1, 2, 3));
    writer.endSection();
    expect(existsSync(path)).toBe(false);
    writer.commit({ films: 3 });
    expect(readdirSync(dir)).toEqual(["films.idx"]);
    const file = IndexFile.open(path);
    expect(file.meta).toEqual({ films: 3 });
    expect(file.sections.map((s) => s.name)).toEqual(["s"]);
    expect(writer.isOpen).toBe(false);
    expect(() => writer.beginSection("t", "raw")).toThrow(/closed/);
  });

  it("never writes through a symlink planted at the temporary name", () => {
    const dir = tempDir("symlink");
    const victim = join(dir, "victim.txt");
    writeFileSync(victim, "precious");
    const planted = join(dir, ".films.idx.fixed.tmp");
    symlinkSync(victim, planted);
    const dangling = join(dir, ".films.idx.dangling.tmp");
    symlinkSync(join(dir, "would-be-created"), dangling);

    // Every name taken: creation fails rather than following a link.
    expect(() => IndexWriter.create(join(dir, "films.idx"), { randomName: () => "fixed" })).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(() => IndexWriter.create(join(dir, "films.idx"), { randomName: () => "dangling" })).toThrow(expect.objectContaining({ code: "EEXIST" }));

    // A taken name is skipped for a fresh one.
    const names = ["fixed", "dangling", "fresh"];
    writeIndexFile(join(dir, "films.idx"), () => null, { randomName: () => names.shift()! });
    expect(IndexFile.open(join(dir, "films.idx")).sections).toEqual([]);
    expect(readFileSync(victim, "utf8")).toBe("precious");
    expect(existsSync(join(dir, "would-be-created"))).toBe(false);
    expect(lstatSync(planted).isSymbolicLink() && readlinkSync(planted)).toBe(victim);
  });

  it("removes the temporary file when building fails or is aborted, and keeps the old file", () => {
    const dir = tempDir("abort");
    const path = join(dir, "films.idx");
    writeIndexFile(path, () => "old");
    expect(() => writeIndexFile(path, (w) => {
      w.beginSection("s", "raw");
      w.writePart("data", bytes(1));
      throw new Error("source went away");
    })).toThrow("source went away");
    expect(readdirSync(dir)).toEqual(["films.idx"]);
    expect(IndexFile.open(path).meta).toBe("old");

    const writer = IndexWriter.create(path);
    writer.abort();
    writer.abort();
    expect(readdirSync(dir)).toEqual(["films.idx"]);
  });

  it("removes the temporary file when a writer call is misused", () => {
    const dir = tempDir("misuse");
    const writer = IndexWriter.create(join(dir, "films.idx"));
    expect(() => writer.write(bytes(1))).toThrow(/no part is open/);
    expect(readdirSync(dir)).toEqual([]);
    const second = IndexWriter.create(join(dir, "films.idx"));
    second.beginSection("a", "raw");
    second.endSection();
    expect(() => second.beginSection("a", "raw")).toThrow(/written already/);
    expect(readdirSync(dir)).toEqual([]);
    const third = IndexWriter.create(join(dir, "films.idx"));
    expect(() => third.commit({ big: 10n })).toThrow(TypeError); // BigInt is not JSON
    expect(readdirSync(dir)).toEqual([]);
  });

  it("aligns every part to 8 bytes and records lengths without the padding", () => {
    const dir = tempDir("align");
    const path = join(dir, "x.idx");
    writeIndexFile(path, (w) => {
      w.beginSection("a", "raw", { n: 1 });
      w.writePart("one", bytes(1, 2, 3));
      w.writePart("two", bytes(4, 5, 6, 7, 8, 9, 10, 11, 12));
      w.writePart("empty");
      w.endSection({ m: 2 });
      w.beginSection("b", "raw");
      w.writePart("three", new Uint8Array(3 << 20).fill(7)); // larger than the write buffer
      w.endSection();
      return null;
    });
    const file = IndexFile.open(path);
    const [a, b] = file.sections;
    expect(a!.params).toEqual({ n: 1, m: 2 });
    for (const part of [...a!.parts, ...b!.parts]) expect(part.offset % 8).toBe(0);
    expect(a!.parts.map((p) => p.length)).toEqual([3, 9, 0]);
    expect([...file.read(a!.parts[1]!, 0, 9)]).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(file.read(b!.parts[0]!, (3 << 20) - 2, 2)).toEqual(bytes(7, 7));
    file.verifyAll();
  });

  it("puts a header too big for the reserved space after the sections", () => {
    const dir = tempDir("bighead");
    const path = join(dir, "x.idx");
    const meta = { note: "m".repeat(5000) };
    writeIndexFile(path, (w) => {
      w.beginSection("s", "raw");
      w.writePart("data", bytes(9, 8, 7));
      w.endSection();
      return meta;
    }, { headerReserve: 1024 });
    for (const firstReadBytes of [64, 1024, 1 << 16]) {
      const file = IndexFile.open(path, { firstReadBytes });
      expect(file.meta).toEqual(meta);
      expect([...file.read(file.section("s").parts[0]!, 0, 3)]).toEqual([9, 8, 7]);
    }
  });

  it("applies the requested file mode", () => {
    const dir = tempDir("mode");
    writeIndexFile(join(dir, "x.idx"), () => null, { mode: 0o644 });
    expect((statSync(join(dir, "x.idx")).mode & 0o777).toString(8)).toBe("644");
  });
});
