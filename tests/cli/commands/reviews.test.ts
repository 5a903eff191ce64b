import { describe, expect, it } from "vitest";
import { runCommand } from "./runCommand";

describe("filmcli reviews", () => {
  it("prints reviews with the reviewer's score and scale", () => {
    const r = runCommand(["reviews", "mask"]);
    expect(r.stdout).toMatch(/│ Score +│ Title +│ Review +│/);
    expect(r.stdout).toMatch(/│ 4\.5\/5 +│ Hard to Watch at Times +│ Cher is excellent\. +│/);
  });

  it("returns the score as a rating", () => {
    expect(JSON.parse(runCommand(["reviews", "mask", "--json"]).stdout)).toEqual([
      { film: { id: "mask-1985", title: "Mask", year: 1985 }, title: "Hard to Watch at Times", text: "Cher is excellent.", score: { value: 4.5, scale: 5 } },
    ]);
  });

  it("says so for a film without reviews, exit 0", () => {
    const r = runCommand(["reviews", "amelie"]);
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(["", "filmcli: no reviews recorded for Amélie (2001)\n", 0]);
  });
});
