import { describe, expect, it } from "vitest";
import { fixMojibake } from "../../../src/build/vega/fixMojibake";
import { importVega } from "../../../src/build/vega/importVega";
import { parseVegaDate } from "../../../src/build/vega/parseVegaDate";
import { repairTitle } from "../../../src/build/vega/repairTitle";

describe("fixMojibake", () => {
  it.each([
    ["AstÈrix aux Jeux Olympiques", "Astérix aux Jeux Olympiques"],
    ["De battre mon coeur s'est arrÍtÈ", "De battre mon coeur s'est arrêté"],
    ["Per qualche dollaro in pi˘", "Per qualche dollaro in più"],
    ["The Naked Gun 2Ω: The Smell of Fear", "The Naked Gun 2½: The Smell of Fear"],
    ["Obsluhoval jsem anglickÈho kr·le", "Obsluhoval jsem anglického krále"],
    ["I Love You Ö Don't Touch Me!", "I Love You … Don't Touch Me!"],
  ])("repairs %j", (raw, fixed) => expect(fixMojibake(raw)).toBe(fixed));

  it.each(["Alien³", "Ri¢hie Ri¢h", "Plain ASCII", "Amélie"])("leaves genuine text %j alone", (raw) => {
    expect(fixMojibake(raw)).toBeNull();
  });
});

describe("repairTitle", () => {
  it.each([
    [1776, 1972, "1776", ["title-number"]],
    ["Barbarians, The", 1987, "The Barbarians", ["title-article"]],
    ["King Kong (1933)", 1933, "King Kong", ["title-year"]],
    ["Fantasia 2000 (IMAX)", 2000, "Fantasia 2000 (IMAX)", []],
    ["Class of 1984", 1982, "Class of 1984", []],
    ["Lolita (1962)", 1997, "Lolita (1962)", []],
    ["The Chronicles of Narnia: The Lion, the Witch and the Wardrobe", 2005, "The Chronicles of Narnia: The Lion, the Witch and the Wardrobe", []],
    ["LÈon", 1994, "Léon", ["title-mojibake"]],
  ])("%j (%i) becomes %j", (raw, year, title, repairs) => {
    expect(repairTitle(raw, year)).toEqual({ title, repairs });
  });

  it.each([null, "", "  ", undefined, {}])("has no title to repair in %j", (raw) => expect(repairTitle(raw, 2000)).toBeNull());
});

describe("parseVegaDate", () => {
  it("reads the source's format", () => expect(parseVegaDate("Jun 12 1998")).toEqual({ iso: "1998-06-12", year: 1998, centuryFixed: false }));
  it("keeps the last plausible years", () => expect(parseVegaDate("Dec 23 2011")?.year).toBe(2011));
  it("moves impossible future years back a century", () => {
    expect(parseVegaDate("Apr 07 2033")).toEqual({ iso: "1933-04-07", year: 1933, centuryFixed: true });
  });
  it.each([null, "", "1998-06-12", "Foo 12 1998", "Feb 30 1998"])("rejects %j", (raw) => expect(parseVegaDate(raw)).toBeNull());
});

describe("importVega", () => {
  const base = { "US Gross": 1, "Worldwide Gross": 2, "Production Budget": 3, "IMDB Rating": 6.5, "IMDB Votes": 100 };

  it("maps every field it can", () => {
    const { films } = importVega([{
      ...base, Title: "Crash", "Release Date": "May 06 2005", "US DVD Sales": 4, "MPAA Rating": "R", "Running Time min": 112,
      Distributor: "Lionsgate", Source: "Original Screenplay", "Major Genre": "Drama", "Creative Type": "Contemporary Fiction",
      Director: "Paul Haggis", "Rotten Tomatoes Rating": 75,
    }]);
    expect(films[0]).toEqual({
      title: "Crash", year: 2005, releaseDate: "2005-05-06", directors: ["Paul Haggis"], stars: [], cast: [], taglines: [],
      filmingLocations: [], grosses: [{ amount: 1, currency: "USD", region: "USA" }, { amount: 2, currency: "USD", region: "Worldwide" }],
      genres: ["Drama"], runtimes: [{ minutes: 112 }], trivia: [], goofs: [], quotes: [], reviews: [], sources: ["vega-datasets:movies.json"],
      rating: { value: 6.5, scale: 10, votes: 100 }, budget: { amount: 3, currency: "USD" }, dvdSales: { amount: 4, currency: "USD", region: "USA" },
      rottenTomatoes: 75, mpaaRating: "R", distributor: "Lionsgate", storySource: "Original Screenplay", creativeType: "Contemporary Fiction",
    });
  });

  it("rejects rows it cannot identify, with the reason", () => {
    const { films, report } = importVega([{ ...base, Title: null, "Release Date": "Jan 01 2000" }, { ...base, Title: "X", "Release Date": null }]);
    expect(films).toEqual([]);
    expect(report.rejected.map((r) => [r.row, r.reason])).toEqual([
      [0, "no title"], [1, "no usable release date (null), so no year to identify the film by"],
    ]);
  });

  it("treats a zero gross as unknown", () => {
    const { films, report } = importVega([{ ...base, Title: "X", "Release Date": "Jan 01 2000", "US Gross": 0, "Worldwide Gross": 0 }]);
    expect(films[0]!.grosses).toEqual([]);
    expect(report.counts["gross-zero"]).toBe(2);
  });

  it("drops an IMDb rating that equal titles share, keeping distinct ones", () => {
    const { films, report } = importVega([
      { ...base, Title: "The Fog", "Release Date": "Feb 01 1980" }, { ...base, Title: "The Fog", "Release Date": "Oct 14 2005" },
      { ...base, Title: "Crash", "Release Date": "Oct 04 1996", "IMDB Rating": 6.4 }, { ...base, Title: "Crash", "Release Date": "May 06 2005" },
    ]);
    expect(films.map((f) => f.rating?.value ?? null)).toEqual([null, null, 6.4, 6.5]);
    expect(report.counts["rating-shared"]).toBe(2);
  });
});

describe("fixMojibake on genuine accents", () => {
  it.each(["Österreich", "CAFÉ", "Déjà Vu", "El Niño", "Mañana"])("keeps %j", (raw) => expect(fixMojibake(raw)).toBeNull());
});
