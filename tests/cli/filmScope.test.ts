import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/cli/command";
import { filmScope } from "../../src/cli/filmScope";
import { fixture, fixtureContext } from "../fixtures/fixtureCatalog";
import { plainTerminal } from "../../src/render/terminal";

const dataset = fixture;
const ctx = (interactive: boolean): CommandContext => fixtureContext({ ...plainTerminal(80), interactive });

describe("filmScope", () => {
  it("covers the whole dataset when no film is named", () => {
    expect(filmScope([], ctx(true)).films).toHaveLength(dataset.films.length);
  });

  it("hints at other close titles on a terminal", () => {
    const scope = filmScope(["mask"], ctx(true));
    expect(scope.film?.id).toBe("mask-1985");
    expect(scope.hints).toEqual(["showing Mask (1985); also close: The Mask (1994)"]);
  });

  it("gives scripts the same hint: they learn the film was a best guess", () => {
    expect(filmScope(["mask"], ctx(false)).hints).toEqual(["showing Mask (1985); also close: The Mask (1994)"]);
  });

  it("takes the best of several fitting films when asked to", () => {
    expect(filmScope(["king", "kong"], ctx(false), true).film?.id).toBe("king-kong-2005");
  });

  it("says which words a fuzzy match left out of a query too long to read whole", () => {
    const scope = filmScope(["mask", " ".repeat(300), "zebra"], ctx(false), true);
    expect(scope.film?.id).toBe("mask-1985");
    expect(scope.hints[0]).toBe('query cut to its first 300 characters: left out "zebra"');
  });

  it("gives no hint when the film was named by id", () => {
    expect(filmScope(["mask-1985"], ctx(true)).hints).toEqual([]);
  });
});
