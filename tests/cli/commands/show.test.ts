import { describe, expect, it } from "vitest";
import { AmbiguousError, NoMatchError } from "../../../src/errors";
import { showCard } from "../../../src/films/showCard";
import { toJson } from "../../../src/render/toJson";
import { fixture } from "../../fixtures/fixtureCatalog";
import { runMainFixture } from "../fakeProcess";
import { dataOf, personTerminal, runCommand } from "./runCommand";

const mask = fixture.films.find((f) => f.id === "mask-1985")!;

describe("filmcli show", () => {
  it("returns the film's card as data and draws it for people", () => {
    const r = runCommand(["show", "mask"]);
    expect(dataOf(r)).toEqual(showCard(mask));
    expect(r.stdout).toMatch(/^Mask \(1985\)\n/);
    expect(r.stdout).toContain("Peter Bogdanovich");
    expect([r.stderr, r.exitCode]).toEqual(["filmcli: showing Mask (1985); also close: The Mask (1994)\n", 0]);
  });

  it.each([[["mask", "1985"]], [["Mask (1985)"]], [["MASK-1985"]], [["mask-1985"]]])("finds Mask from %j", (words) => {
    expect(dataOf<{ id: string }>(runCommand(["show", ...words])).id).toBe("mask-1985");
  });

  it("prints the same data as JSON", () => {
    expect(runCommand(["show", "mask", "--json"]).stdout).toBe(toJson(showCard(mask)));
  });

  it("prints the card as field and value with --plain", () => {
    expect(runCommand(["show", "mask", "--plain"]).stdout).toContain("title\tMask\nyear\t1985\n");
  });

  it("hints at other close titles on stderr, to a person at a terminal and to scripts alike", () => {
    expect(runCommand(["show", "mask"], personTerminal()).stderr).toBe("filmcli: showing Mask (1985); also close: The Mask (1994)\n");
    expect(runCommand(["show", "mask"]).stderr).toBe("filmcli: showing Mask (1985); also close: The Mask (1994)\n");
    expect(runCommand(["show", "mask-1985"]).stderr).toBe("");
  });

  it("takes the best of several fitting films with --first", () => {
    expect(() => runCommand(["show", "king", "kong"])).toThrow(AmbiguousError);
    const r = runCommand(["show", "king", "kong", "--first"]);
    expect([dataOf<{ id: string }>(r).id, r.exitCode]).toEqual(["king-kong-2005", 0]);
  });

  // A film argument that names nothing is an error (thrown), not an empty result.
  it("throws for equal titles and for a film that is not there", () => {
    expect(() => runCommand(["show", "king", "kong"])).toThrow(AmbiguousError);
    expect(() => runCommand(["show", "king", "kong", "1933"])).toThrow(NoMatchError);
  });

  it("lists equal titles and near misses on stderr, exit 1", async () => {
    const ambiguous = await runMainFixture(["show", "king", "kong"]);
    expect([ambiguous.code, ambiguous.stdout]).toEqual([1, ""]);
    expect(ambiguous.stderr).toMatch(/^filmcli: "king kong" matches 2 films; name one by id or add its year\n/);
    expect(ambiguous.stderr).toMatch(/king-kong-1976 +King Kong \(1976\)/);
    const none = await runMainFixture(["show", "king", "kong", "1933"]);
    expect([none.code, none.stdout]).toEqual([1, ""]);
    expect(none.stderr.split("\n")[0]).toBe('filmcli: no film matches "king kong 1933"; did you mean one of these?');
  });
});
