import { describe, expect, it } from "vitest";
import { runCli, runFixture } from "./runCli";

const json = (text: string): unknown => JSON.parse(text);

describe("filmcli show", () => {
  it("prints the Mask card from the bundled dataset", () => {
    const r = runCli(["show", "mask"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Mask \(1985\)\n/);
    for (const text of ["7.0/10 · 12,168 votes", "Peter Bogdanovich", "Cher, Eric Stoltz, Sam Elliott", "1985-03-08",
      "length not given (USA, director's cut)", "$42,400,000 (USA)", "Sometimes the most unlikely people become heroes.",
      "Azusa, California, USA", "15 cast credits", "filmcli cast mask-1985"]) {
      expect(r.stdout).toContain(text);
    }
    expect(r.stdout).not.toContain("\u001b");
  });

  it.each([["mask", "1985"], ["Mask (1985)"], ["MASK-1985"], ["maks"]])("finds Mask from %j", (...words) => {
    const r = runCli(["show", ...words, "--json"]);
    expect(r.code).toBe(0);
    expect(json(r.stdout)).toMatchObject({ id: "mask-1985", title: "Mask", year: 1985 });
  });

  it("prints the card's data as JSON", () => {
    const r = runCli(["show", "mask", "--json"]);
    expect(json(r.stdout)).toEqual(expect.objectContaining({
      id: "mask-1985", rating: { value: 7, scale: 10, votes: 12168 }, grosses: [{ amount: 42400000, currency: "USD", region: "USA" }],
      runtimes: [{ minutes: null, region: "USA", note: "director's cut" }],
      counts: { cast: 15, trivia: 1, goofs: 1, quotes: 1, reviews: 1 },
    }));
  });

  it("lists equal titles on stderr and exits 1", () => {
    const r = runFixture(["show", "king", "kong"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^filmcli: "king kong" matches 2 films; name one by id or add its year\n/);
    expect(r.stderr).toMatch(/king-kong-1976 +King Kong \(1976\)/);
  });

  it("says no film matches with suggestions, exit 1", () => {
    const r = runFixture(["show", "king", "kong", "1933"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe('filmcli: no film matches "king kong 1933"; did you mean one of these?');
  });

  it("opens the exact title and, on a TTY only, would hint at others (piped: no hint)", () => {
    const r = runFixture(["show", "mask"]);
    expect(r.stdout).toMatch(/^Mask \(1985\)/);
    expect(r.stderr).toBe("");
  });
});

describe("filmcli cast", () => {
  it("lists every credit with its film when no film is named", () => {
    const r = runCli(["cast"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Film +│ Actor +│ Character +│ Credited as/);
    expect(r.stdout).toMatch(/Mask \(1985\) │ Kelly Jo Minter +│ Lorrie +│ Kelly Minter/);
  });

  it("lists one film's cast as actor | character | credited as", () => {
    const r = runCli(["cast", "mask"]);
    expect(r.stdout).toMatch(/│ Actor +│ Character +│ Credited as +│/);
    expect(r.stdout).toMatch(/│ Eric Stoltz +│ Roy L.'Rocky' Dennis +│ +│/);
    expect(r.stdout.trim().split("\n")).toHaveLength(15 + 4);
  });

  it("prints rows as JSON", () => {
    const rows = json(runCli(["cast", "mask", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(15);
    expect(rows[13]).toEqual({ film: { id: "mask-1985", title: "Mask", year: 1985 }, actor: "Kelly Jo Minter", character: "Lorrie", creditedAs: "Kelly Minter" });
    expect(rows[0]!.creditedAs).toBeNull();
  });

  it("says so on stderr for a film without cast, [] with --json, exit 0", () => {
    const human = runFixture(["cast", "amelie"]);
    expect([human.code, human.stdout, human.stderr]).toEqual([0, "", "filmcli: no cast recorded for Amélie (2001)\n"]);
    const machine = runFixture(["cast", "amelie", "--json"]);
    expect([machine.code, machine.stdout]).toEqual([0, "[]\n"]);
  });
});

describe("filmcli trivia", () => {
  it("finds trivia despite a typo, naming the film", () => {
    const r = runCli(["trivia", "makup"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Mask \(1985\) │ Eric Stoltz spent so much time under heavy makeup/);
  });

  it("highlights the matched words on a colour terminal", () => {
    const r = runCli(["trivia", "makup"], { FORCE_COLOR: "1" });
    expect(r.stdout).toContain("\u001b[1m\u001b[33mmakeup\u001b[39m\u001b[22m");
  });

  it("ranks best first and reports scores and matched words in JSON", () => {
    const rows = json(runFixture(["trivia", "makeup", "--json"]).stdout) as Array<{ film: { id: string }; score: number; matched: string[] }>;
    expect(rows.map((r) => r.film.id)).toEqual(["mask-1985", "the-mask-1994"]);
    expect(rows[0]!.score).toBeGreaterThanOrEqual(rows[1]!.score);
    expect(rows[0]!.matched).toEqual(["makeup"]);
  });

  it("narrows to one film with --film", () => {
    const rows = json(runFixture(["trivia", "makeup", "--film", "the mask", "--json"]).stdout) as Array<{ film: { id: string } }>;
    expect(rows.map((r) => r.film.id)).toEqual(["the-mask-1994"]);
  });

  it("lists all trivia without a query", () => {
    const rows = json(runFixture(["trivia", "--json"]).stdout) as unknown[];
    expect(rows).toHaveLength(3);
  });

  it("exits 1 with [] when nothing matches", () => {
    const r = runCli(["trivia", "zebra", "--json"]);
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "[]\n", 'filmcli: no trivia matches "zebra" in the dataset\n']);
  });
});

describe("filmcli quotes, goofs, reviews", () => {
  it("prints quotes as speaker | line with the stage direction", () => {
    const r = runCli(["quotes", "mask"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Speaker +│ Line/);
    expect(r.stdout).toMatch(/│ Rocky Dennis │ \[Poem\] These things are good: ice cream and cake/);
  });

  it("prints quotes as JSON and searches them", () => {
    const rows = json(runCli(["quotes", "mask", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ speaker: "Rocky Dennis", direction: "Poem" });
    expect((json(runCli(["quotes", "--search", "monkees", "--json"]).stdout) as unknown[])).toHaveLength(1);
    const none = runCli(["quotes", "--search", "zebra", "--json"]);
    expect([none.code, none.stdout, none.stderr]).toEqual([1, "[]\n", 'filmcli: no quote matches "zebra" in the dataset\n']);
  });

  it("prints goofs with their category", () => {
    const r = runCli(["goofs", "mask"]);
    expect(r.stdout).toMatch(/│ Anachronisms │ When Rocky and Ben are trading baseball cards/);
    expect(json(runCli(["goofs", "--json"]).stdout)).toEqual([expect.objectContaining({ category: "Anachronisms" })]);
  });

  it("prints reviews with score and scale", () => {
    const r = runCli(["reviews", "mask"]);
    expect(r.stdout).toMatch(/│ 4\.5\/5 +│ Hard to Watch at Times, But/);
    const rows = json(runCli(["reviews", "mask", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ title: "Hard to Watch at Times, But a Very Good Film.", score: { value: 4.5, scale: 5 } });
  });
});

describe("filmcli search", () => {
  it("ranks title matches in a table", () => {
    const r = runFixture(["search", "mask"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ Title +│ Year │ Director +│ Rating +│ Gross +│ ID/);
    expect(r.stdout.indexOf("mask-1985")).toBeLessThan(r.stdout.indexOf("the-mask-1994"));
  });

  it("prints an array of film summaries, best first", () => {
    const rows = json(runFixture(["search", "the", "dark", "knigt", "--json"]).stdout) as Array<Record<string, unknown>>;
    expect(rows[0]).toMatchObject({ id: "the-dark-knight-2008", title: "The Dark Knight", year: 2008, directors: ["Christopher Nolan"] });
  });

  it("exits 1 with [] when nothing matches", () => {
    const r = runFixture(["search", "qqqqqq", "--json"]);
    expect([r.code, r.stdout]).toEqual([1, "[]\n"]);
  });
});
