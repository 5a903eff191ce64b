import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatasetScanner, ScanError } from "../../src/catalog/scanDataset";

/** Scans `text` fed in chunks of `size` bytes; returns each film's parsed value and the members. */
function scan(text: string, size = 7): { films: unknown[]; ranges: Array<[number, number]>; members: Array<[string, unknown]> } {
  const out = { films: [] as unknown[], ranges: [] as Array<[number, number]>, members: [] as Array<[string, unknown]> };
  const scanner = new DatasetScanner({
    film: (bytes, start, end) => { out.films.push(JSON.parse(bytes.toString("utf8"))); out.ranges.push([start, end]); },
    member: (key, json) => out.members.push([key, JSON.parse(json)]),
  });
  const bytes = Buffer.from(text, "utf8");
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  scanner.end();
  return out;
}

describe("DatasetScanner", () => {
  it("cuts out each film and its exact byte range, across chunk boundaries", () => {
    const films = [{ id: "a", title: "Brackets ] } [ {", n: [1, { x: "\"" }] }, { id: "b", title: "é \\ ünïcode 🎬" }, 7, "s", null];
    const text = JSON.stringify({ schemaVersion: 1, films }, null, 2);
    for (const size of [1, 2, 3, 64, 1 << 20]) {
      const out = scan(text, size);
      expect(out.films).toEqual(films);
      expect(out.members).toEqual([["schemaVersion", 1]]);
      const bytes = Buffer.from(text);
      out.ranges.forEach(([start, end], i) => expect(JSON.parse(bytes.subarray(start, end).toString())).toEqual(films[i]));
    }
  });

  it("finds the films of any valid layout (property)", () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.string()));
    fc.assert(fc.property(fc.array(value), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 50 }), (films, indent, size) => {
      const text = JSON.stringify({ films, schemaVersion: 1 }, null, indent);
      expect(scan(text, size).films).toEqual(films);
    }));
  });

  it.each([
    ["not an object", "[1]"],
    ["no films", '{"schemaVersion": 1}'],
    ["cut short", '{"films": [{"id": "a"}'],
    ["films not an array", '{"films": {}}'],
    ["trailing text", '{"films": []} x'],
    ["missing comma", '{"films": [{} {}]}'],
  ])("rejects %s", (_name, text) => {
    expect(() => scan(text)).toThrow(ScanError);
  });
});
