import { describe, expect, it } from "vitest";
import { plainTerminal } from "../../src/render/terminal";
import { fitColumns, renderTable, tableChunks } from "../../src/render/renderTable";
import { displayWidth } from "../../src/render/wrapText";

const data = {
  headers: ["Actor", "Character", "Credited as"],
  rows: [["Cher", "Florence 'Rusty' Dennis", ""], ["Kelly Jo Minter", "Lorrie", "Kelly Minter"]],
};
const widest = (text: string): number => Math.max(...text.split("\n").map(displayWidth));

describe("fitColumns", () => {
  it("keeps natural widths that fit", () => expect(fitColumns([5, 10], 20)).toEqual([5, 10]));
  it("gives every column its longest word, then the rest to the narrowest wishes first", () => {
    expect(fitColumns([5, 40, 40], 45, [5, 10, 10])).toEqual([5, 20, 20]);
    expect(fitColumns([12, 60, 20], 50, [12, 10, 18])).toEqual([12, 18, 20]);
  });
  it("splits evenly when not even the longest words fit", () => expect(fitColumns([30, 30], 20, [15, 15])).toEqual([10, 10]));
});

describe("renderTable", () => {
  it("draws a compact table when nothing wraps", () => {
    expect(renderTable(data, plainTerminal(80))).toMatchInlineSnapshot(`
      "┌─────────────────┬─────────────────────────┬──────────────┐
      │ Actor           │ Character               │ Credited as  │
      ├─────────────────┼─────────────────────────┼──────────────┤
      │ Cher            │ Florence 'Rusty' Dennis │              │
      │ Kelly Jo Minter │ Lorrie                  │ Kelly Minter │
      └─────────────────┴─────────────────────────┴──────────────┘
      "
    `);
  });

  it("wraps long cells at word boundaries to fit the width", () => {
    const out = renderTable(data, plainTerminal(40));
    expect(widest(out)).toBeLessThanOrEqual(40);
    expect(out).toMatchInlineSnapshot(`
      "┌──────────┬──────────────┬────────────┐
      │ Actor    │ Character    │ Credited   │
      │          │              │ as         │
      ├──────────┼──────────────┼────────────┤
      │ Cher     │ Florence     │            │
      │          │ 'Rusty'      │            │
      │          │ Dennis       │            │
      ├──────────┼──────────────┼────────────┤
      │ Kelly Jo │ Lorrie       │ Kelly      │
      │ Minter   │              │ Minter     │
      └──────────┴──────────────┴────────────┘
      "
    `);
  });

  it("stacks records on a terminal too narrow for a grid", () => {
    const out = renderTable(data, plainTerminal(20));
    expect(widest(out)).toBeLessThanOrEqual(20);
    expect(out).toMatchInlineSnapshot(`
      "Actor:
        Cher
      Character:
        Florence 'Rusty'
        Dennis

      Actor:
        Kelly Jo Minter
      Character:
        Lorrie
      Credited as:
        Kelly Minter
      "
    `);
  });

  it("escapes control characters in cells", () => {
    const out = renderTable({ headers: ["A"], rows: [["\u001b[2Jx"]] }, plainTerminal(40));
    expect(out).not.toContain("\u001b");
    expect(out).toContain("\\x1b[2Jx");
  });

  it("adds no escape codes at colour level 0 and bold headers at level 1", () => {
    expect(renderTable(data, plainTerminal(80))).not.toContain("\u001b");
    expect(renderTable(data, plainTerminal(80, 1))).toContain("\u001b[1mActor\u001b[22m");
  });
});

describe("pathological text", () => {
  const term = plainTerminal(80);
  it.each([
    ["a 10,000-character word", "x".repeat(10_000)],
    ["10,000 one-letter words", "y ".repeat(10_000)],
    ["a 3,000-character run of wide characters", "界".repeat(3_000)],
  ])("draws %s within the width, losing no character", (_, text) => {
    const out = renderTable({ headers: ["Title", "Year"], rows: [[text, "1985"]] }, term);
    const lines = out.trimEnd().split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const kept = lines.slice(3, -1).map((l) => l.split("│")[1]!.trim()).join("");
    expect(kept.replace(/ /g, "")).toBe(text.replace(/ /g, ""));
  });

  it("draws 20,000 rows from a stream, row by row", () => {
    let made = 0;
    function* rows(): Generator<string[]> {
      for (let i = 0; i < 20_000; i++) { made++; yield [`Film ${i}`, "1985"]; }
    }
    const chunks = tableChunks({ headers: ["Title", "Year"], rows: rows() }, term);
    const first = chunks.next().value as string;
    expect(first).toContain("│ Title");
    expect(made).toBeLessThanOrEqual(1000);
    let text = first;
    for (const chunk of chunks) text += chunk;
    expect(made).toBe(20_000);
    expect(text.split("\n").filter((l) => l.startsWith("│ Film")).length).toBe(20_000);
  });
});
