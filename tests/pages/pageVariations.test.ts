import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/pages/parsePage";

// Pages of our own writing (tests/fixtures/pages/), each with variations of the format.
const read = (name: string) => parsePage(readFileSync(join(__dirname, "../fixtures/pages", name), "utf8"), name.replace(/^.*\//, ""));

describe("parsePage on pages with variations", () => {
  it("places every block of every fixture page", () => {
    for (const name of ["batch/a1_3f9e0c.txt", "batch/b2_77a1d4.txt", "batch/c3_0b91e2.txt", "batch/d4_c0ffee.txt", "imdb/f6_5a3c11.txt"]) {
      expect([name, read(name).unplaced]).toEqual([name, []]);
    }
  });

  it("reads several directors and writers, runtimes by region, several grosses, reviews, quotes and other kinds", () => {
    const { film, title } = read("batch/b2_77a1d4.txt");
    expect(title).toBeNull();
    expect(film).toMatchObject({
      year: 1996, releaseDate: "1996-03-08",
      directors: ["Joel Coen", "Ethan Coen"], writers: ["Joel Coen", "Ethan Coen"],
      runtimes: [{ minutes: 98, region: "USA" }, { minutes: 97, region: "UK" }],
      grosses: [{ amount: 24611975, currency: "USD", region: "USA" }, { amount: 60611975, currency: "USD", region: "Worldwide" }],
      goofs: [{ category: "Continuity", text: "The snow on the car changes between shots." }, { category: "Errors in geography", text: "Mountains appear near Brainerd, which is flat." }],
      didYouKnow: [
        { kind: "Crazy Credits", text: "The opening title claims a true story; the end credits say otherwise." },
        { kind: "Alternate Versions", text: "The TV version trims the wood chipper scene." },
        { kind: "Connections", text: "Referenced in The Simpsons." },
      ],
    });
    expect(film.quotes).toEqual([
      { speaker: "Marge Gunderson", text: "So that was Mrs. Lundegaard on the floor in there?" },
      { speaker: "Norm Gunderson", direction: "chewing", text: "Yah." },
      { speaker: "Marge Gunderson", text: "And I guess that was your accomplice in the wood chipper." },
      { speaker: "Carl Showalter", direction: "Poem", text: "Blood has been shed." },
    ]);
    expect(film.reviews).toEqual([
      { title: "Snow and blood.", text: "A small story, told perfectly.", score: { value: 5, scale: 5 } },
      { title: "Overrated?", text: "Not for me, though the acting is fine.", score: { value: 2, scale: 5 } },
    ]);
  });

  it("reads a title line, repeated fields merged, a labelled trivia item and several trivia", () => {
    const { film, title } = read("batch/c3_0b91e2.txt");
    expect(title).toEqual({ text: "The Quiet Harbour", from: "title line" });
    expect(film.year).toBe(1992);
    expect(film.stars).toEqual(["Ulla Brandt", "Per Holm", "Mia Sand"]);
    expect(film.trivia).toEqual(["The lighthouse had been dark for ten years before filming.", "The crew lived on the island for the whole shoot."]);
  });

  it("keeps accents, goofs of other categories and soundtracks as their kind; dates with short months", () => {
    const { film } = read("batch/a1_3f9e0c.txt");
    expect(film).toMatchObject({ releaseDate: "2006-11-03", directors: ["Pedro Almodóvar"], stars: ["Penélope Cruz", "Carmen Maura", "Lola Dueñas"] });
    expect(film.goofs.map((g) => g.category)).toEqual(["Factual errors", "Revealing mistakes"]);
    expect(film.didYouKnow).toEqual([{ kind: "Soundtracks", text: "Volver - performed by Estrella Morente" }]);
    expect(film.trivia).toHaveLength(2);
  });

  it.each([
    ["a label it does not know", "Release Year: 2001\n\nSound Mix: Dolby", ["Sound Mix: Dolby"]],
    ["a second, different rating", "Rating: 7.0/10\n\nRating: 8.0/10", ["Rating: 8.0/10 (the page already gave another value)"]],
    ["a release date's region", "Release Date: 8 March 1985 (USA)", ["Release Date region: USA (the date is kept, the region has no field)"]],
    ["a date at the top that disagrees", "March 9th, 1985\n\nRelease Date: 8 March 1985", ["date 1985-03-09 at the top disagrees with the Release Date 1985-03-08"]],
    ["a goof without a category", "Did You Know?\n\nGoofs\n\nthe boom is visible", ["the boom is visible"]],
    ["a review with a title and no text", "User Review\n\nJust a title", ["Just a title"]],
    ["a field in the specs it cannot read", "Technical Specs\n\nRuntime: about two hours", ["Runtime: about two hours"]],
  ])("reports %s", (_, text, unplaced) => expect(parsePage(text, "x.txt").unplaced).toEqual(unplaced));

  it("reads a heading on the first line of its paragraph as the paragraph's kind", () => {
    const text = [
      "Did You Know?", "Trivia\nThe film claims to be a true story.", "Goofs\nContinuity: The blood on the snow moves.",
      "Crazy Credits\nThe end credits say otherwise.", "Quotes\nMarge: For what?\nMarge: For a little money.",
      "Connections\nReferenced in The Simpsons (1989)",
    ].join("\n\n");
    const { film, unplaced } = parsePage(text, "x.txt");
    expect(unplaced).toEqual([]);
    expect(film).toMatchObject({
      trivia: ["The film claims to be a true story."],
      goofs: [{ category: "Continuity", text: "The blood on the snow moves." }],
      quotes: [{ speaker: "Marge", text: "For what?" }, { speaker: "Marge", text: "For a little money." }],
      didYouKnow: [{ kind: "Crazy Credits", text: "The end credits say otherwise." }, { kind: "Connections", text: "Referenced in The Simpsons (1989)" }],
    });
  });

  it("keeps extra prose as the plot's further paragraphs, never drops it", () => {
    const { film } = parsePage("Logline.\n\nFirst paragraph.\n\nSecond paragraph.", "x.txt");
    expect(film.logline).toBe("Logline.");
    expect(film.plot).toBe("First paragraph.\n\nSecond paragraph.");
  });
});
