import { describe, expect, it } from "vitest";
import { runMain } from "./fakeProcess";

type Summary = { id: string; title: string; year: number; directors: string[]; genres: string[]; rating: { value: number; votes?: number } | null; gross: { amount: number } | null };
const json = async <T>(args: string[]): Promise<T> => JSON.parse((await runMain(args)).stdout) as T;

// The bundled catalogue through the whole program, in-process: the data, its prebuilt index (dist/,
// from the build) and the commands together. Option values are checked in main.test.ts.
describe("the bundled catalogue", () => {
  it("opens Mask (1985) for `show mask` though other titles contain mask", async () => {
    expect((await json<{ id: string }>(["show", "mask", "--json"])).id).toBe("mask-1985");
  });

  it.each([
    ["king kong 1933", "king-kong-1933"],
    ["leon", "leon-1994"],
    ["barbarians", "the-barbarians-1987"],
    ["300", "300-2007"],
    ["shawshank redemtion", "the-shawshank-redemption-1994"],
  ])("show %s opens %s", async (query, id) => {
    expect((await json<{ id: string }>(["show", ...query.split(" "), "--json"])).id).toBe(id);
  });

  it("lists equal titles from different years instead of guessing", async () => {
    const r = await runMain(["show", "king", "kong"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/"king kong" matches 3 films/);
    for (const id of ["king-kong-1933", "king-kong-1976", "king-kong-2005"]) expect(r.stderr).toContain(id);
  });

  it("shows the catalogue's fields on the card", async () => {
    const r = await runMain(["show", "the", "dark", "knight"]);
    for (const text of ["Christopher Nolan", "Action", "PG-13", "2008-07-18", "$1,022,345,358 (Worldwide)", "$185,000,000", "Warner Bros."]) {
      expect(r.stdout).toContain(text);
    }
    expect((await json<{ sources: string[] }>(["show", "the-dark-knight-2008", "--json"])).sources).toEqual(["vega-datasets:movies.json"]);
  });

  it("says in one line that a catalogue film has no cast, [] with --json, exit 0", async () => {
    const r = await runMain(["cast", "pulp", "fiction"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", "filmcli: no cast recorded for Pulp Fiction (1994)\n"]);
    for (const command of ["cast", "trivia", "quotes", "goofs", "reviews"]) {
      const args = command === "trivia" ? ["trivia", "--film", "pulp fiction", "--json"] : [command, "pulp", "fiction", "--json"];
      const machine = await runMain(args);
      expect([machine.code, machine.stdout]).toEqual([0, "[]\n"]);
      expect(machine.stderr).toMatch(/^filmcli: no \w+ recorded for Pulp Fiction \(1994\)\n$/);
    }
  });
});

describe("filmcli list", () => {
  it("sorts by rating, best first, limited to a screenful by default with a note on stderr", async () => {
    const r = await runMain(["list", "--sort", "rating", "--json"]);
    const films = JSON.parse(r.stdout) as Summary[];
    expect(films).toHaveLength(19);
    const ratings = films.map((f) => f.rating!.value);
    expect(ratings).toEqual([...ratings].sort((a, b) => b - a));
    expect(r.stderr).toMatch(/^filmcli: showing 19 of 3201 films; --limit 0 shows all\n$/);
  });

  it("combines filters", async () => {
    const films = await json<Summary[]>(["list", "--genre", "horror", "--from", "1970", "--to", "1979", "--min-rating", "7", "--sort", "votes", "--limit", "0", "--json"]);
    expect(films.length).toBeGreaterThan(2);
    for (const f of films) {
      expect(f.genres).toContain("Horror");
      expect(f.year).toBeGreaterThanOrEqual(1970);
      expect(f.year).toBeLessThanOrEqual(1979);
      expect(f.rating!.value).toBeGreaterThanOrEqual(7);
    }
    expect(films[0]!.title).toBe("Alien");
  });

  it("filters by director, newest first with --sort year", async () => {
    const films = await json<Summary[]>(["list", "--director", "nolan", "--sort", "year", "--limit", "0", "--json"]);
    expect(films.map((f) => f.year)).toEqual([...films.map((f) => f.year)].sort((a, b) => b - a));
    expect(films.every((f) => f.directors.includes("Christopher Nolan"))).toBe(true);
  });

  it("lists every film with --limit 0, and sorts by gross", async () => {
    expect(await json<Summary[]>(["list", "--limit", "0", "--json"])).toHaveLength(3201);
    const top = await json<Summary[]>(["list", "--sort", "gross", "--limit", "1", "--json"]);
    expect(top[0]!.title).toBe("Avatar");
  });

  it("prints a table", async () => {
    const r = await runMain(["list", "--year", "1985", "--sort", "votes", "--limit", "3", "--width", "120"]);
    expect(r.stdout).toMatch(/│ Title +│ Year │ Director +│ Rating +│ Gross +│ ID/);
    expect(r.stdout).toMatch(/│ Back to the Future +│ 1985 │ Robert Zemeckis/);
  });

  it.each([80, 100, 120, 200])("never breaks an id across lines, at %i columns", async (width) => {
    const r = await runMain(["list", "--sort", "rating", "--limit", "20", "--width", String(width)]);
    const ids = (await json<Array<{ id: string }>>(["list", "--sort", "rating", "--limit", "20", "--json"])).map((f) => f.id);
    for (const id of ids) expect(r.stdout).toContain(id);
  });

  it("exits 1 with [] when nothing passes the filters", async () => {
    const r = await runMain(["list", "--year", "1871", "--json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "[]\n", "filmcli: no film passes these filters\n"]);
  });
});

describe("filmcli person", () => {
  it("lists a director's films newest first", async () => {
    const person = await json<{ name: string; credits: Array<{ film: { year: number }; role: string }> }>(["person", "spielberg", "--json"]);
    expect(person.name).toBe("Steven Spielberg");
    expect(person.credits.length).toBeGreaterThan(10);
    expect(person.credits.every((c) => c.role === "director")).toBe(true);
    const years = person.credits.map((c) => c.film.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it("lists cast credits with the character, forgiving a typo", async () => {
    const r = await runMain(["person", "eric", "stolz"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 1985 │ Mask +│ cast +│ Roy L.'Rocky' Dennis │/);
    expect((await json<{ credits: unknown[] }>(["person", "kelly", "jo", "minter", "--json"])).credits).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, role: "cast", character: "Lorrie", creditedAs: "Kelly Minter" },
    ]);
  });

  it("lists people who fit equally instead of guessing, and says when nobody fits", async () => {
    const ambiguous = await runMain(["person", "peter"]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/^filmcli: "peter" matches \d+ people; give more of the name\n/);
    const none = await runMain(["person", "zzzzzz"]);
    expect([none.code, none.stderr]).toEqual([1, 'filmcli: no person matches "zzzzzz"\n']);
  });
});
