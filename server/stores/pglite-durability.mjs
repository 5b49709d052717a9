// PGlite with real durability. Out of the box PGlite runs PostgreSQL with fsync off (`-F`), and its
// Emscripten file system turns fsync() into nothing: an answer it acknowledged could be lost to a power
// cut or a kernel crash. Here fsync is on, PostgreSQL syncs its WAL with fsync() at every commit, and
// that fsync() reaches the disk. This module is the only one that reaches into PGlite's internals
// (the NodeFS class, its Emscripten options, the NODEFS stream operations); each is checked, and an
// upgrade that moves one fails here, at start, with a message that names it.
import { fsyncSync } from 'node:fs';

const UPGRADE_ADVICE =
  'use DATABASE_URL (PostgreSQL) or the @electric-sql/pglite version in package-lock.json, and update ' +
  'server/stores/pglite-durability.mjs for the new version.';

/** Thrown when this version of PGlite does not have what the patch patches. */
export class DurabilityPatchError extends Error {
  constructor(what) {
    super(`collector: the embedded database cannot be made to sync to disk: ${what}; ${UPGRADE_ADVICE}`);
    this.name = 'DurabilityPatchError';
  }
}

/**
 * Makes an Emscripten module's NODEFS sync to disk. Throws DurabilityPatchError when the module does not
 * have the NODEFS stream operations this relies on.
 * @param {any} mod the Emscripten module, in preRun
 * @param {(fd: number, path: string) => void} fsync
 */
export function patchNodeFsSync(mod, fsync) {
  const nodefs = mod?.NODEFS;
  if (typeof nodefs?.stream_ops !== 'object') throw new DurabilityPatchError('NODEFS.stream_ops is not where it was');
  if (typeof nodefs.realPath !== 'function') throw new DurabilityPatchError('NODEFS.realPath is not where it was');
  nodefs.stream_ops.fsync = (stream) => {
    fsync(stream.nfd, nodefs.realPath(stream.node));
    return 0;
  };
}

/**
 * Opens PGlite in `dataDir` with fsync on and its file system syncing for real.
 * @param {string} dataDir
 * @param {(fd: number, path: string) => void} [fsync] what a sync does (tests watch it)
 */
export async function openDurablePGlite(dataDir, fsync = (fd) => fsyncSync(fd)) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { NodeFS } = await import('@electric-sql/pglite/nodefs');
  if (typeof NodeFS?.prototype?.init !== 'function') throw new DurabilityPatchError('NodeFS.init is not where it was');
  if (!Array.isArray(PGlite.defaultStartParams) || !PGlite.defaultStartParams.includes('-F')) {
    throw new DurabilityPatchError('PGlite.defaultStartParams no longer holds the -F (fsync off) to remove');
  }
  let patched = false;
  /** @type {unknown} */
  let failure;
  class DurableNodeFS extends NodeFS {
    async init(pg, opts) {
      const result = await super.init(pg, opts);
      if (!result?.emscriptenOpts) throw new DurabilityPatchError('NodeFS.init no longer returns emscriptenOpts');
      const preRun = result.emscriptenOpts.preRun ?? [];
      const syncToDisk = (mod) => {
        try {
          patchNodeFsSync(mod, fsync);
          patched = true;
        } catch (error) {
          failure = error;
        }
      };
      result.emscriptenOpts.preRun = [...(Array.isArray(preRun) ? preRun : [preRun]), syncToDisk];
      return result;
    }
  }
  const db = await PGlite.create({
    fs: new DurableNodeFS(dataDir),
    startParams: [
      ...PGlite.defaultStartParams.filter((param) => param !== '-F'),
      ...['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'wal_sync_method=fsync'],
    ],
  });
  const { rows } = await db.query(`SELECT current_setting('fsync') AS fsync`);
  if (!patched || rows[0]?.fsync !== 'on') {
    await db.close();
    throw failure ?? new DurabilityPatchError(patched ? 'fsync stayed off' : 'the NODEFS patch never ran');
  }
  return db;
}
