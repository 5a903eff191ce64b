import { describe, expect, it } from "vitest";
import { CandidateList, candidatesFrom } from "../../src/pages/candidateList";
import type { Candidate } from "../../src/pages/identifyPage";

const film = (key: string, title: string, year: number, people: string[] = []): Candidate => ({ key, title, year, directors: [], people });

describe("CandidateList", () => {
  it("finds films by title (case, accents and a leading article aside) and by person, of the year asked", () => {
    const list = new CandidateList([film("a", "The Mask", 1994, ["Jim Carrey"]), film("b", "Amélie", 2001, ["Audrey Tautou"])]);
    expect(list.withTitle("mask", 1994).map((c) => c.key)).toEqual(["a"]);
    expect(list.withTitle("AMELIE", 2001).map((c) => c.key)).toEqual(["b"]);
    expect(list.withTitle("amelie", 2002)).toEqual([]);
    expect(list.withPerson("jim carrey", 1994).map((c) => c.key)).toEqual(["a"]);
  });

  it("replaces a film added again under its key, leaving nothing of the old one", () => {
    const list = new CandidateList([film("a", "Old Title", 2000, ["Ann Lee"])]);
    list.add(film("a", "New Title", 2000, ["Bo Kim"]));
    expect([list.withTitle("old title", 2000), list.withPerson("ann lee", 2000)]).toEqual([[], []]);
    expect(list.withTitle("new title", 2000).map((c) => c.key)).toEqual(["a"]);
  });

  it("asks several sources as one, each film once, the first source's first", () => {
    const first = new CandidateList([film("a", "X", 2000)]);
    const second = new CandidateList([film("a", "X", 2000, ["other"]), film("b", "X", 2000)]);
    expect(candidatesFrom([first, second]).withTitle("x", 2000)).toEqual([film("a", "X", 2000), film("b", "X", 2000)]);
  });
});
