import { closeSync, openSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** A source of unpredictable file-name parts; injectable so tests can make a name collide. */
export type RandomName = () => string;

/** 96 random bits as hex: unguessable, so no one can plant a file or symlink at the name beforehand. */
export function randomName(): string {
  // Required here: loading crypto costs every run ~2 ms, and only a run that writes an index needs it.
  const { randomBytes } = require("node:crypto") as typeof import("node:crypto");
  return randomBytes(12).toString("hex");
}

/** A newly created file: its descriptor and where it is. */
export interface TempFile {
  readonly fd: number;
  readonly path: string;
}

// Creating with O_CREAT|O_EXCL ("wx") fails on any existing name, a symlink included (even one
// pointing nowhere), so the file opened is always a new one and never the target of a planted link.
const ATTEMPTS = 4;

// A name that exists already is skipped for a fresh one a few times.
/** Creates a new file `.<target name>.<random>.tmp` next to `target`, exclusively, mode 0600. */
export function createTempFile(target: string, flags: "wx" | "wx+" = "wx", random: RandomName = randomName): TempFile {
  for (let attempt = 1; ; attempt++) {
    const path = join(dirname(target), `.${basename(target)}.${random()}.tmp`);
    try {
      return { fd: openSync(path, flags, 0o600), path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= ATTEMPTS) throw error;
    }
  }
}

/** Closes and deletes a temporary file (either step skipped when null), ignoring failures: it runs on failing paths. */
export function discardTempFile(fd: number | null, path: string | null): void {
  if (fd !== null) {
    try { closeSync(fd); } catch { /* already closed or unusable: removing it is what matters */ }
  }
  if (path !== null) {
    try { unlinkSync(path); } catch { /* gone already */ }
  }
}
