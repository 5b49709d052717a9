// One process at a time on an embedded database: two would each write their own WAL into the same
// directory and corrupt it.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const heldLocks = new Set();

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Locks `dataDir` for this process. The lock file names its process; a lock left by a process that is
 * gone (killed, crashed) is taken over. Returns the function that releases it.
 * @param {string} dataDir
 * @returns {() => void}
 */
export function lockDataDir(dataDir) {
  const file = join(dataDir, 'collector.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldLocks.add(file);
      return () => {
        if (!heldLocks.delete(file)) return;
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (heldLocks.has(file) || (pid !== process.pid && isAlive(pid))) {
      throw new Error(
        `collector: ${dataDir} is in use by another collector (process ${pid}). ` +
          `If none is running, delete ${file}.`,
      );
    }
    unlinkSync(file); // stale: its process is gone
  }
  throw new Error(`collector: could not lock ${dataDir}`);
}
