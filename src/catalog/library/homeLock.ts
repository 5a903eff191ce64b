import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { ImportError } from "./importError";

/** The lock file of a library folder: it exists, holding the writer's pid, while an import or a removal changes the folder. */
export const LOCK_FILE = "import.lock";

// A lock file just created holds no pid yet; one this young without a pid is taken as held.
const FRESH_MS = 10_000;

/** Whether a process with this pid runs (one of another user counts: it cannot be signalled, but it is there). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid a lock file holds and whether that holder is still there; null when the file went away meanwhile. */
function holder(path: string): { pid: number | null; live: boolean } | null {
  let text: string;
  let age: number;
  try {
    text = readFileSync(path, "utf8");
    age = Date.now() - statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  const pid = /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
  return { pid, live: pid === null ? age < FRESH_MS : isAlive(pid) };
}

const unwritable = (dir: string, error: unknown): ImportError => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) throw error;
  return new ImportError({ problem: "unwritable", dir, errno: code });
};

/**
 * Takes the library folder's lock, so that two writers (two imports, an import and a removal) never
 * rename their files over each other's: the lock file is created exclusively with this process's pid
 * in it. A lock whose process is gone (killed, crashed) is taken over; a live one is an ImportError
 * "locked" naming its pid. The folder is made unless `create` is false (then a missing folder needs
 * no lock). Returns the release, which deletes the lock file.
 */
export function lockHome(home: string, create = true): () => void {
  const path = join(home, LOCK_FILE);
  try {
    if (create) mkdirSync(home, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw unwritable(home, error);
  }
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx", 0o644);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No folder, nothing in it to guard (a removal of a library never made).
      if (code === "ENOENT" && !create) return () => {};
      if (code !== "EEXIST") throw unwritable(home, error);
      const held = holder(path);
      if (held?.live || attempt > 2) throw new ImportError({ problem: "locked", file: path, pid: held?.pid ?? null });
      // A stale lock: its writer died without releasing it. Asked again just before the unlink, so that
      // a lock another taker made meanwhile is kept (a window of one read and one unlink remains).
      if (held && holder(path)?.pid === held.pid) try { unlinkSync(path); } catch { /* gone meanwhile */ }
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return () => {
      try { unlinkSync(path); } catch { /* already gone: removed with the folder */ }
    };
  }
}

/** Runs `work` holding the library folder's lock, released however it ends. */
export async function withHomeLock<T>(home: string, work: () => T | Promise<T>): Promise<T> {
  const release = lockHome(home);
  try {
    return await work();
  } finally {
    release();
  }
}
