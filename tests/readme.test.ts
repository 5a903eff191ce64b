import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script without type declarations
import { renderReadme } from "../scripts/readme-examples.mjs";

describe("README", () => {
  const readme = readFileSync(join(__dirname, "../README.md"), "utf8");

  it("opens with the two quick-start commands", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain("npm install && npx filmcli show mask");
    expect(firstBlock).toContain("npm install && npm test");
  });

  it("shows the real output of every example (run npm run readme if this fails)", () => {
    expect((readme.match(/<!-- example: /g) ?? []).length).toBeGreaterThan(10);
    expect((renderReadme as (text: string) => string)(readme)).toBe(readme);
  });
});
