import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/pages/parsePage";

const line = fc.oneof(
  fc.string(),
  fc.constantFrom("Release Year: 1985", "Rating: 7.0/10 (12,168 voted)", "Runtime: \u00a0| USA: (director's cut)",
    "Did You Know?", "User Review", "Technical Specs", "Cher - Rusty (as Cher)", "Gross: $1 (USA)", "No valid json found",
    "Anachronisms: a goof", "Rocky: [Poem] a quote", "Release Date: 31 February 1985", "\"Mask\""),
);

describe("parsePage (property)", () => {
  it("never throws, and every block is either parsed or reported", () => {
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom("\n", "\n\n", "\r\n\r\n"), (lines, sep) => {
      const { film, unrecognized } = parsePage(lines.join(sep), "mask-1985.txt");
      expect(film.id).toBe("mask-1985");
      expect(Array.isArray(unrecognized)).toBe(true);
      expect(JSON.parse(JSON.stringify(film))).toEqual(JSON.parse(JSON.stringify(film)));
    }), { numRuns: 500 });
  });

  it("keeps any cast line's actor and character", () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}$/);
    fc.assert(fc.property(name, name, (actor, character) => {
      const { film } = parsePage(`${actor} - ${character}`, "x-2000.txt");
      expect(film.cast).toEqual([{ actor, character }]);
    }));
  });
});
