import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatNconst,
  formatTconst,
  leadingTconst,
  parseNconst,
  parseNconstList,
  parseTconst,
  parseTconstList,
} from "../../src/imdb/imdbIds";

describe("parseTconst / parseNconst", () => {
  it.each([
    ["tt0089560", 89560],
    ["tt0000001", 1],
    ["tt10000011", 10000011],
    ["tt4294967295", 4294967295],
    ["tt4294967296", null],
    ["tt0000000", null],
    ["tt89560", null],
    ["tt00089560", null],
    ["tt012345678", null],
    ["tt12345678901", null],
    ["tt008956a", null],
    ["tt-089560", null],
    ["TT0089560", null],
    ["nm0089560", null],
    ["tt 089560", null],
    [" tt0089560", null],
    ["tt٠٠٨٩٥٦٠", null],
    ["", null],
    [null, null],
  ])("tconst %j -> %j", (text, id) => expect(parseTconst(text)).toBe(id));

  it.each([
    ["nm0000123", 123],
    ["nm12345678", 12345678],
    ["tt0000123", null],
    ["nm123", null],
    ["nm0000000", null],
    [null, null],
  ])("nconst %j -> %j", (text, id) => expect(parseNconst(text)).toBe(id));
});

describe("id lists", () => {
  it.each([
    ["nm0005690", [5690]],
    ["nm0041327,nm0442119,nm0643011", [41327, 442119, 643011]],
    [null, []],
    ["", []],
    ["nm0005690,", null],
    [",nm0005690", null],
    ["nm0005690,,nm0005691", null],
    ["nm0005690, nm0005691", null],
    ["nm0005690,tt0005691", null],
    ["nm12x", null],
  ])("nconst list %j -> %j", (text, ids) => expect(parseNconstList(text)).toEqual(ids));

  it.each([
    ["tt0000008,tt0000007", [8, 7]],
    ["tt0000008,bad", null],
  ])("tconst list %j -> %j", (text, ids) => expect(parseTconstList(text)).toEqual(ids));
});

describe("formatTconst / formatNconst", () => {
  it.each([
    [89560, "tt0089560"],
    [1, "tt0000001"],
    [10000011, "tt10000011"],
    [4294967295, "tt4294967295"],
  ])("%d -> %s", (id, text) => expect(formatTconst(id)).toBe(text));

  it("pads nconsts the same way", () => expect(formatNconst(123)).toBe("nm0000123"));

  it.each([0, -1, 1.5, 4294967296, Number.NaN])("refuses %d", (id) => {
    expect(() => formatTconst(id)).toThrow(RangeError);
  });

  it("is the inverse of parsing for every u32 id", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 0xffffffff }), (id) => {
        expect(parseTconst(formatTconst(id))).toBe(id);
        expect(parseNconst(formatNconst(id))).toBe(id);
      }),
    );
  });

  it("parses only what it would write back the same", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(tt|nm)\d{0,12}$/), (text) => {
        const id = text.startsWith("tt") ? parseTconst(text) : parseNconst(text);
        if (id !== null) expect(text.startsWith("tt") ? formatTconst(id) : formatNconst(id)).toBe(text);
      }),
    );
  });
});

describe("leadingTconst", () => {
  const ofLine = (line: string): number | null => {
    const bytes = Buffer.from(`#${line}\r`, "utf8");
    return leadingTconst(bytes, 1, bytes.length - 1);
  };

  it.each([
    ["tt0089560\t1\tnm0000123", 89560],
    ["tt0089560", 89560],
    ["tt10000011\tx", 10000011],
    ["tt4294967296\tx", null],
    ["tt0000000\tx", null],
    ["tt89560\tx", null],
    ["tt00089560\tx", null],
    ["tt008956a\tx", null],
    ["tconst\tordering", null],
    ["tt٠٠٨٩٥٦٠\tx", null],
    ["\ttt0089560", null],
    ["", null],
  ])("line %j -> %j", (line, id) => expect(ofLine(line)).toBe(id));

  it("reads only its range of the bytes", () => {
    const bytes = Buffer.from("tt0000001\ttt0000002\tx");
    expect([leadingTconst(bytes, 0, 9), leadingTconst(bytes, 10, bytes.length), leadingTconst(bytes, 0, 8)]).toEqual([1, 2, null]);
  });

  it("agrees with parseTconst of the decoded line's first field", () => {
    const field = fc.oneof(fc.string(), fc.stringMatching(/^tt[0-9]{6,11}$/), fc.constantFrom("tt0000001", "tt\u00e90000001", "\\N"));
    fc.assert(fc.property(fc.array(field, { minLength: 1, maxLength: 4 }), (fields) => {
      const line = fields.join("\t");
      expect(ofLine(line)).toBe(parseTconst(line.split("\t")[0]!));
    }));
  });
});
