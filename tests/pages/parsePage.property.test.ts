import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/pages/parsePage";
import { identifyPage } from "../../src/pages/identifyPage";
import { CandidateList } from "../../src/pages/candidateList";

// Lines of the page format and its variations, in any order and number.
const structural = fc.constantFrom(
  "Release Year: 1985", "Rating: 7.0/10 (12,168 voted)", "Runtime: \u00a0| USA: (director's cut)", "Runtime: USA: 101 min | UK: 98 min",
  "Did You Know?", "User Review", "User Reviews", "Technical Specs", "Cher - Rusty (as Cher)", "Gross: $1 (USA) | $2 (Worldwide)",
  "No valid json found", "Anachronisms: a goof", "Continuity: another goof", "Rocky: [Poem] a quote", "Rocky: Hi.\nRusty: Bye.",
  "Release Date: 31 February 1985", "Release Date: 1985-03-08 (USA)", "\"Mask\"", "Crazy Credits", "Connections: Referenced in X",
  "Goofs", "Quotes", "Directors: A B, C D", "Writers: E F", "Title: Mask", "Mask (1985)", "March 8th, 1985", "Budget: $5 (estimated)",
  "4.5 out of 5 stars.", "Comments are closed.", "Sound Mix: Dolby",
);
// Free text: words no heading, label or date can be, so each is known to be the page's own text.
const word = fc.stringMatching(/^zq[a-z]{1,6}$/);
const freeText = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(" "));
const block = fc.oneof(structural, freeText, fc.string());

describe("parsePage (property)", () => {
  it("never throws, and keeps or reports every word of free text", () => {
    fc.assert(fc.property(fc.array(block, { maxLength: 30 }), fc.constantFrom("\n\n", "\r\n\r\n", "\n \n"), (blocks, sep) => {
      const parsed = parsePage(blocks.join(sep), "x.txt");
      const out = JSON.stringify(parsed);
      for (const b of blocks) {
        if (!/^zq/.test(b)) continue;
        for (const w of b.split(" ")) expect(out).toContain(w);
      }
      expect(parsed.film.id).toBe("");
      expect(() => identifyPage(parsed, new CandidateList())).not.toThrow();
    }), { numRuns: 400 });
  });

  it("keeps any cast line's actor and character", () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}$/);
    fc.assert(fc.property(name, name, (actor, character) => {
      const { film } = parsePage(`${actor} - ${character}`, "x.txt");
      expect(film.cast).toEqual([{ actor, character }]);
    }));
  });

  it("never throws on any text at all", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      const parsed = parsePage(text, "x.txt");
      expect(Array.isArray(parsed.unplaced)).toBe(true);
    }), { numRuns: 300 });
  });
});
