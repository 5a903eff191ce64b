import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/pages/parsePage";

const page = readFileSync(join(__dirname, "../../data/sources/000_5308009d577d6288.txt"), "utf8");
const { film, unplaced: unrecognized, title, quotedTitles } = parsePage(page, "000_5308009d577d6288.txt");

describe("parsePage on the Mask (1985) page", () => {
  it("places every block of the page", () => {
    expect(unrecognized).toEqual([]);
  });

  it("reads what identifies the film (year, quoted title), nothing from the file name", () => {
    expect(film.id).toBe("");
    expect(title).toBeNull();
    expect(quotedTitles).toEqual(["Mask"]);
    expect(film.year).toBe(1985);
    expect(film.releaseDate).toBe("1985-03-08");
    expect(film.sources).toEqual(["page:000_5308009d577d6288.txt"]);
  });

  it("reads the logline and the full plot", () => {
    expect(film.logline).toBe(
      "A boy with a massive facial skull deformity and biker gang mother attempts to live as normal a life as possible under the circumstances.",
    );
    expect(film.plot).toMatch(/^Rusty Dennis is the mother of Rocky, a seriously deformed/);
    expect(film.plot).toMatch(/same chances and happiness that everyone else takes for granted\.$/);
  });

  it("reads the rating as numbers", () => {
    expect(film.rating).toEqual({ value: 7, scale: 10, votes: 12168 });
  });

  it("reads the director and the stars in billing order", () => {
    expect(film.directors).toEqual(["Peter Bogdanovich"]);
    expect(film.stars).toEqual(["Cher", "Eric Stoltz", "Sam Elliott"]);
  });

  it("reads all fifteen cast credits in page order, with the credit note in its own field", () => {
    expect(film.cast).toHaveLength(15);
    expect(film.cast[0]).toEqual({ actor: "Cher", character: "Florence 'Rusty' Dennis" });
    expect(film.cast[2]).toEqual({ actor: "Eric Stoltz", character: "Roy L.'Rocky' Dennis" });
    expect(film.cast[7]).toEqual({ actor: "Harry Carey Jr.", character: "Red" });
    expect(film.cast[13]).toEqual({ actor: "Kelly Jo Minter", character: "Lorrie", creditedAs: "Kelly Minter" });
    expect(film.cast[14]).toEqual({ actor: "Joe Unger", character: "1st Boyfriend" });
    expect(film.cast.map((c) => c.actor)).toEqual([
      "Cher", "Sam Elliott", "Eric Stoltz", "Estelle Getty", "Richard Dysart", "Laura Dern", "Micole Mercurio",
      "Harry Carey Jr.", "Dennis Burkley", "Lawrence Monoson", "Ben Piazza", "L. Craig King", "Alexandra Powers",
      "Kelly Jo Minter", "Joe Unger",
    ]);
  });

  it("reads taglines, locations and gross", () => {
    expect(film.taglines).toEqual(["Sometimes the most unlikely people become heroes."]);
    expect(film.filmingLocations).toEqual(["Azusa, California, USA"]);
    expect(film.grosses).toEqual([{ amount: 42_400_000, currency: "USD", region: "USA" }]);
  });

  it("keeps the runtime as given: no minutes, the region and note survive", () => {
    expect(film.runtimes).toEqual([{ minutes: null, region: "USA", note: "director's cut" }]);
  });

  it("sorts Did You Know? into trivia, goofs with category, and quotes with speaker and direction", () => {
    expect(film.trivia).toHaveLength(1);
    expect(film.trivia[0]).toMatch(/^Eric Stoltz spent so much time under heavy makeup/);
    expect(film.trivia[0]).toMatch(/didn't know what he really looked like\.$/);
    expect(film.goofs).toEqual([{
      category: "Anachronisms",
      text: "When Rocky and Ben are trading baseball cards back and forth near the beginning of the film, on the bench is a card from the 1986 Topps set. The film is supposed to be taking place in the 70s.",
    }]);
    expect(film.quotes).toHaveLength(1);
    expect(film.quotes[0]).toMatchObject({ speaker: "Rocky Dennis", direction: "Poem" });
    expect(film.quotes[0]!.text).toMatch(/^These things are good: ice cream and cake,/);
    expect(film.quotes[0]!.text).toMatch(/and the sun shining on my face\.$/);
  });

  it("reads the user review with title, text and the reviewer's score", () => {
    expect(film.reviews).toHaveLength(1);
    const review = film.reviews[0]!;
    expect(review.title).toBe("Hard to Watch at Times, But a Very Good Film.");
    expect(review.text).toMatch(/^The true story of Rocky Dennis \(Eric Stoltz\)/);
    expect(review.text).toMatch(/one of the best films of the 1980s\. Terribly over-looked\.$/);
    expect(review.score).toEqual({ value: 4.5, scale: 5 });
  });

  it("drops page noise and non-breaking spaces", () => {
    const json = JSON.stringify(film);
    expect(json).not.toContain("No valid json found");
    expect(json).not.toContain("Comments are closed");
    expect(json).not.toContain("\u00a0");
  });
});

