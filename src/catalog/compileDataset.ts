import type { SpillOptions } from "./store";
import { writeIndexFile } from "./store";
import { FilmIndexBuilder } from "./filmIndexBuilder";
import { FILM_INDEX_VERSION } from "./filmSections";
import { indexDatasetFile } from "./scanDatasetFile";
import type { IndexMeta, SourceIdentity } from "./indexMeta";

// Each of the builder's nine sorters keeps sorted runs of (term, film) pairs up to this much memory,
// then spills them to a file beside the index; a run is sorted in buffers of RUN_PAIRS pairs.
const SORT_MEMORY = 48 * 1024 * 1024;
const RUN_PAIRS = 2 * 1024 * 1024;

/**
 * Builds the index of a dataset file at `target`, validating every film as it goes: written to a
 * temporary file created exclusively beside the target and renamed into place, so a reader sees a
 * whole index or none, and a failed build leaves nothing behind. Private (0600) unless `mode` says otherwise;
 * `extraMeta` joins the header's meta (the pages' catalogue records what it was made from there).
 */
export function compileDataset(file: string, source: SourceIdentity, target: string, spillDir: string, mode?: number, extraMeta: Record<string, unknown> = {}): IndexMeta {
  let meta: IndexMeta | undefined;
  writeIndexFile(target, (writer) => {
    const spill: SpillOptions = { dir: spillDir, memoryLimitBytes: SORT_MEMORY };
    const builder = new FilmIndexBuilder({ spill, runPairs: RUN_PAIRS });
    try {
      const { films, vocabulary } = indexDatasetFile(file, source.size, builder.hash, (film, offset, length) => builder.add(film, offset, length));
      builder.write(writer, vocabulary);
      meta = { ...extraMeta, filmIndexVersion: FILM_INDEX_VERSION, films, source };
      return meta;
    } finally {
      builder.dispose();
    }
  }, mode === undefined ? {} : { mode });
  return meta!;
}
