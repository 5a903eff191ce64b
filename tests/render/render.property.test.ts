import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { toJson } from "../../src/render/toJson";
import type { Film } from "../../src/films/film";
import { showCard } from "../../src/films/showCard";
import { plainTerminal } from "../../src/render/terminal";
import { renderShowCard } from "../../src/render/renderShowCard";
import { renderTable } from "../../src/render/renderTable";
import { sanitize } from "../../src/render/sanitize";
import { wrapText } from "../../src/render/wrapText";

// Every kind of text a dataset might hold: controls, wide characters, emoji, combining marks.
const text = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("日本語のテキスト", "🎬🎥🍿", "Ame\u0301lie", "\u001b[2J", "a\u202eb", "Z\u0351\u0352a\u0353l\u0354g\u0355o"),
);
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const width = fc.integer({ min: 20, max: 160 });

describe("sanitize (property)", () => {
  it("leaves no raw control or bidi characters", () => {
    fc.assert(fc.property(text, (t) => { expect(sanitize(t)).not.toMatch(RAW_CONTROL); }), { numRuns: 1000 });
  });
});

describe("wrapText (property)", () => {
  it("wraps a line that already fits as it wraps the same line with a trailing space (which takes the long way)", () => {
    const words = fc.array(fc.oneof(fc.constantFrom("a", "Mask", "日本語", "🎬", "Ame\u0301lie", "x-y-z", "supercalifragilistic"), fc.string({ maxLength: 12 })), { maxLength: 8 });
    fc.assert(fc.property(words, fc.integer({ min: 1, max: 60 }), (ws, w) => {
      const line = ws.join(" ");
      expect(wrapText(line, w)).toEqual(wrapText(`${line} `, w));
    }), { numRuns: 2000 });
  });
});

describe("renderers (property)", () => {
  it("tables never exceed the width and never carry raw controls", () => {
    const rows = fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(rows, width, (cells, w) => {
      const out = renderTable({ headers: ["Film", "Actor", "Character"], rows: cells }, plainTerminal(w));
      for (const line of out.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(w);
      expect(out).not.toMatch(RAW_CONTROL);
    }), { numRuns: 300 });
  });

  it("the show card never exceeds the width", () => {
    fc.assert(fc.property(text, text, text, width, (title, logline, actor, w) => {
      const film: Film = {
        id: "x-2000", title, year: 2000, logline, plot: logline, directors: [actor], stars: [actor, title],
        cast: [{ actor, character: title }], taglines: [logline], filmingLocations: [title], grosses: [], genres: [title], runtimes: [{ minutes: 90, note: actor }],
        trivia: [], goofs: [], quotes: [], reviews: [], sources: [], rating: { value: 7, scale: 10, votes: 1 },
      };
      const out = renderShowCard(showCard(film), plainTerminal(w));
      for (const line of out.split("\n")) expect(stringWidth(line)).toBeLessThanOrEqual(w);
      expect(out).not.toMatch(RAW_CONTROL);
    }), { numRuns: 300 });
  });

  it("--json output always parses back to the same data, with no raw controls", () => {
    fc.assert(fc.property(fc.array(fc.record({ actor: text, character: text })), (rows) => {
      const json = toJson(rows);
      expect(json).not.toMatch(RAW_CONTROL);
      expect(JSON.parse(json)).toEqual(rows);
    }), { numRuns: 500 });
  });
});
