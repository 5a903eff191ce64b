import { describe, expect, it } from "vitest";
import { CandidateList } from "../../src/pages/candidateList";
import { identifyPage, type Candidate } from "../../src/pages/identifyPage";
import { parsePage } from "../../src/pages/parsePage";

const film = (key: string, title: string, year: number, directors: string[], people: string[] = []): Candidate => ({ key, title, year, directors, people });
const catalogue = new CandidateList([
  film("mask-1985", "Mask", 1985, ["Peter Bogdanovich"], ["Cher", "Eric Stoltz"]),
  film("the-mask-1994", "The Mask", 1994, ["Chuck Russell"], ["Jim Carrey"]),
  film("fargo-1996", "Fargo", 1996, ["Joel Coen"]),
  film("volver-2006", "Volver", 2006, ["Pedro Almodovar"], ["Penelope Cruz"]),
  film("king-kong-2005", "King Kong", 2005, ["Peter Jackson"]),
  film("king-kong-2005-2", "King Kong", 2005, ["Someone Else"]),
  film("tt1", "Twin A", 2001, [], ["Ann Lee", "Bo Kim"]),
  film("tt2", "Twin B", 2001, [], ["Ann Lee", "Bo Kim"]),
]);
const page = (text: string) => parsePage(text, "page.txt");
const found = (text: string, given?: string) => {
  const id = identifyPage(page(text), catalogue, given);
  return id.found ? [id.by, id.title, id.year, id.match?.key ?? null] : ["not found", id.reason];
};

describe("identifyPage", () => {
  it.each([
    ["facts: year, director and star (the Mask page)", "Release Year: 1985\n\nDirector: Peter Bogdanovich\n\nStars: Cher", ["facts", "Mask", 1985, "mask-1985"]],
    ["facts with accents the catalogue lacks", "Release Year: 2006\n\nDirector: Pedro Almodóvar\n\nStars: Penélope Cruz", ["facts", "Volver", 2006, "volver-2006"]],
    ["facts naming more directors than the catalogue", "Release Year: 1996\n\nDirectors: Joel Coen, Ethan Coen", ["facts", "Fargo", 1996, "fargo-1996"]],
    ["the year from a release date in another format", "Release Date: 1985-03-08\n\nDirector: PETER BOGDANOVICH", ["facts", "Mask", 1985, "mask-1985"]],
    ["a title line, matched with the catalogue", "The Mask (1994)\n\nA man finds a mask.", ["title line", "The Mask", 1994, "the-mask-1994"]],
    ["a title field for a film the catalogue lacks", "Title: New Film\n\nRelease Year: 2010", ["title field", "New Film", 2010, null]],
    ["equal titles told apart by the director", "Title: King Kong\n\nRelease Year: 2005\n\nDirector: Peter Jackson", ["title field", "King Kong", 2005, "king-kong-2005"]],
    ["a quoted title the catalogue knows", "Release Year: 1985\n\nUser Review\n\nT\n\nI saw \"Mask\" and \"Some Other Thing\" today.", ["quoted title", "Mask", 1985, "mask-1985"]],
    ["the one quoted title, new to the catalogue", "Release Year: 1999\n\nUser Review\n\nT\n\nWatch \"Obscure Gem\" now.", ["quoted title", "Obscure Gem", 1999, null]],
  ])("%s", (_, text, expected) => expect(found(text)).toEqual(expected));

  it("takes --title over anything on the page", () => {
    expect(found("Title: Wrong\n\nRelease Year: 1985", "Mask")).toEqual(["given title", "Mask", 1985, "mask-1985"]);
  });

  it.each([
    ["no year", "Director: Peter Bogdanovich", /gives no year/],
    ["facts that fit no film, and no title", "Release Year: 2003\n\nDirector: Nobody", /nothing names the film: .*2003, Nobody/],
    ["facts that fit two films equally", "Release Year: 2001\n\nStars: Ann Lee, Bo Kim", /fit 2 films equally: Twin A \(2001\), Twin B \(2001\)/],
    ["a title two films share with no director to tell them apart", "Title: King Kong\n\nRelease Year: 2005", /fits 2 films equally/],
    ["several quoted mentions the catalogue does not know", "Release Year: 1999\n\nUser Review\n\nT\n\n\"One Thing\" and \"Another Thing\".", /2 quoted mentions/],
    ["a director's other film of the year, when no star or cast member is shared", "Release Year: 1985\n\nDirector: Peter Bogdanovich\n\nStars: Someone Else", /nothing names the film/],
    ["a year that is not the catalogue's, never swapped", "Release Year: 1986\n\nDirector: Peter Bogdanovich\n\nStars: Cher", /nothing names the film/],
  ])("reports %s", (_, text, reason) => {
    const [status, why] = found(text);
    expect(status).toBe("not found");
    expect(why).toMatch(reason);
  });

  it("never reads the file name", () => {
    const named = parsePage("Release Year: 1985", "mask-1985.txt");
    expect(identifyPage(named, catalogue).found).toBe(false);
  });
});
