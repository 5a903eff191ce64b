import { checkHeader } from "../../imdb/checkHeader";
import type { ImdbFileSpec } from "../../imdb/imdbFiles";
import { splitTsvLine, type TsvFields } from "../../imdb/splitTsvLine";
import { readTsvLines, type ReadTsvLinesOptions, type TsvReadSummary } from "./readTsvLines";

/** Reads one IMDb file: its header must match the spec (else ImdbHeaderError), then each row's fields go to onRow. */
export async function readImdbFile(
  path: string,
  spec: ImdbFileSpec,
  onRow: (fields: TsvFields, lineNumber: number) => void,
  options: ReadTsvLinesOptions = {},
): Promise<TsvReadSummary> {
  let sawHeader = false;
  const summary = await readTsvLines(
    path,
    (line, lineNumber) => {
      if (sawHeader) return onRow(splitTsvLine(line), lineNumber);
      checkHeader(spec, line);
      sawHeader = true;
    },
    options,
  );
  if (!sawHeader) checkHeader(spec, null);
  return summary;
}
