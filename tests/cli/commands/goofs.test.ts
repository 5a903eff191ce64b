import { describe, expect, it } from "vitest";
import { runCommand } from "./runCommand";

describe("filmcli goofs", () => {
  it("prints goofs with their category", () => {
    const r = runCommand(["goofs", "mask"]);
    expect(r.stdout).toMatch(/│ Anachronisms │ A card from the 1986 Topps set is on the bench\. +│/);
    expect(r.exitCode).toBe(0);
  });

  it("lists every goof with its film when no film is named", () => {
    expect(JSON.parse(runCommand(["goofs", "--json"]).stdout)).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, category: "Anachronisms", text: "A card from the 1986 Topps set is on the bench." },
    ]);
    expect(runCommand(["goofs"]).stdout).toMatch(/│ Film +│ Category +│ Goof +│/);
  });

  it("says so for a film without goofs, exit 0", () => {
    const r = runCommand(["goofs", "the", "mask", "--json"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["[]\n", "filmcli: showing The Mask (1994); also close: Mask (1985)\nfilmcli: no goofs recorded for The Mask (1994)\n", 0]);
  });
});
