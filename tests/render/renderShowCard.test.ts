import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/films/film";
import { showCard } from "../../src/films/showCard";
import { plainTerminal } from "../../src/render/terminal";
import { renderShowCard } from "../../src/render/renderShowCard";
import { ratingBar } from "../../src/render/ratingBar";
import { displayWidth } from "../../src/render/wrapText";

const dataset = JSON.parse(readFileSync(join(__dirname, "../../data/films.json"), "utf8")) as Dataset;
const mask = dataset.films.find((f) => f.id === "mask-1985")!;

describe("renderShowCard", () => {
  it("renders the Mask card at 80 columns", () => {
    expect(renderShowCard(showCard(mask), plainTerminal(80))).toMatchInlineSnapshot(`
      "Mask (1985)
      A boy with a massive facial skull deformity and biker gang mother attempts to
      live as normal a life as possible under the circumstances.

        Rating       ███████░░░ 7.0/10 · 12,168 votes
        Director     Peter Bogdanovich
        Stars        Cher, Eric Stoltz, Sam Elliott
        Released     1985-03-08
        Runtime      length not given (USA, director's cut)
        Gross        $42,400,000 (USA)
        Tagline      Sometimes the most unlikely people become heroes.
        Filmed in    Azusa, California, USA

      Plot
        Rusty Dennis is the mother of Rocky, a seriously deformed but extremely
        intelligent and emotionally warm child. Rusty is a no-nonsense mother whose
        wild lifestyle is often at odds with her tenderness and protectiveness towards
        Rocky. She is determined that Rocky be given the same chances and happiness
        that everyone else takes for granted.

      More
        15 cast credits  filmcli cast mask-1985
        1 trivia item    filmcli trivia --film mask-1985
        1 goof           filmcli goofs mask-1985
        1 quote          filmcli quotes mask-1985
        1 review         filmcli reviews mask-1985
      "
    `);
  });

  it("stays within a narrow width", () => {
    const out = renderShowCard(showCard(mask), plainTerminal(40));
    for (const line of out.split("\n")) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it("leaves out what a film does not have", () => {
    const bare = { ...mask, rating: undefined, grosses: [], taglines: [], runtimes: [], plot: undefined, cast: [] };
    const out = renderShowCard(showCard(bare), plainTerminal(80));
    expect(out).not.toMatch(/Rating|Gross|Tagline|Runtime|Plot/);
    expect(out).toMatch(/0 cast credits +none recorded/);
  });
});

describe("showCard", () => {
  it("counts the records each list command would show", () => {
    expect(showCard(mask).counts).toEqual({ cast: 15, trivia: 1, goofs: 1, quotes: 1, reviews: 1 });
  });
});

describe("ratingBar", () => {
  it.each([
    [7, 10, "███████", "░░░"],
    [0, 10, "", "░░░░░░░░░░"],
    [10, 10, "██████████", ""],
    [4.5, 5, "█████████", "░"],
    [6.9, 10, "██████▉", "░░░"],
  ])("%f/%f", (value, scale, filled, empty) => expect(ratingBar(value, scale)).toEqual({ filled, empty }));
});
