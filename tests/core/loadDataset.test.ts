import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/core/loadDataset";
import { DatasetError } from "../../src/errors";

const dir = mkdtempSync(join(tmpdir(), "filmcli-load-"));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const messageOf = (path: string): string => {
  try { loadDataset(path); } catch (e) { expect(e).toBeInstanceOf(DatasetError); return (e as Error).message; }
  throw new Error("expected a DatasetError");
};

describe("loadDataset", () => {
  it("loads the fixture", () => {
    expect(loadDataset(join(__dirname, "../fixtures/films.json")).films.length).toBe(7);
  });
  it("names a missing file", () => expect(messageOf(join(dir, "nope.json"))).toMatch(/nope\.json: no such file; pass an existing dataset/));
  it("names a directory", () => expect(messageOf(dir)).toMatch(/is a directory/));
  it("names an empty file", () => expect(messageOf(file("empty.json", " \n"))).toMatch(/empty\.json: the file is empty/));
  it("names bad JSON", () => expect(messageOf(file("bad.json", "{"))).toMatch(/bad\.json: not valid JSON \(/));
  it("names the path of the first problem", () => {
    expect(messageOf(file("data.json", JSON.stringify({ schemaVersion: 1, films: [{ id: "x" }] }))))
      .toBe(`${join(dir, "data.json")}: films[0].title: is missing (filmcli validate lists every problem)`);
  });
});
