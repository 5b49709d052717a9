// The reference receiver's store: one JSON object a line in a file.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The ids already stored, so dedup survives a restart. Lines that do not parse are skipped. */
async function storedIds(file) {
  const text = await readFile(file, 'utf8').catch(() => '');
  const ids = new Set();
  for (const line of text.split('\n')) {
    try {
      if (line) ids.add(JSON.parse(line).id);
    } catch {
      // A torn line from a crash of another writer: it holds no acknowledged answer.
    }
  }
  return ids;
}

/**
 * Stores a body unless its id is known (true when stored); one at a time, so a check and its write never
 * interleave; synced before the receiver answers. The collector stores in a database instead
 * (sql-store.mjs), with the same rules.
 * @param {string} file
 */
export function createFileStore(file) {
  const ready = mkdir(dirname(file), { recursive: true }).then(() => storedIds(file));
  let queue = Promise.resolve();
  return {
    /** @param {{ id: string }} body */
    add(body) {
      const result = queue.then(async () => {
        const ids = await ready;
        if (ids.has(body.id)) return false;
        const handle = await open(file, 'a');
        try {
          await handle.write(`${JSON.stringify(body)}\n`);
          await handle.datasync();
        } finally {
          await handle.close();
        }
        ids.add(body.id);
        return true;
      });
      queue = result.catch(() => {});
      return result;
    },
  };
}
