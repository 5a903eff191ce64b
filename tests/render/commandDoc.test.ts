import { describe, expect, it } from "vitest";
import { longFlag, shortFlag, takesValue } from "../../src/render/commandDoc";

describe("an option's flags", () => {
  it.each([
    // flags -> [short, long, takes a value]
    ["--json", [undefined, "--json", false]],
    ["--no-pager", [undefined, "--no-pager", false]],
    ["--min-rating <rating>", [undefined, "--min-rating", true]],
    ["-s, --search <text>", ["-s", "--search", true]],
    ["-f, --film <film>", ["-f", "--film", true]],
    ["-V, --version", ["-V", "--version", false]],
  ] as const)("%j reads as %j", (flags, [short, long, value]) => {
    const option = { flags, description: "" };
    expect([shortFlag(option), longFlag(option), takesValue(option)]).toEqual([short, long, value]);
  });
});
