// The embedded store's own guarantees: its durability patch (and the guard that catches an upgrade
// moving what it patches), and the lock that lets one collector at a time open it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fsyncSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/stores/open-store.mjs';
import { DurabilityPatchError, patchNodeFsSync } from '../../server/stores/pglite-durability.mjs';
import { feedbackBody as body } from '../support/feedback-body.mjs';

const embeddedDir = mkdtempSync(join(tmpdir(), 'collector-embedded-'));

describe('the embedded database', () => {
  test('syncs its write-ahead log to disk before an answer is acknowledged', async () => {
    const synced = [];
    const store = await openStore({
      dataDir: embeddedDir,
      fsync: (fd, path) => {
        synced.push(path);
        fsyncSync(fd);
      },
    });
    try {
      synced.length = 0;
      assert.equal(await store.add(body()), true);
      assert.ok(
        synced.some((path) => path.includes('pg_wal')),
        `no fsync of the WAL before add() returned (synced: ${synced.join(', ') || 'nothing'})`,
      );
    } finally {
      await store.close();
    }
  });

  test('is opened by one collector at a time; a lock left by a dead process is taken over', async () => {
    const store = await openStore({ dataDir: embeddedDir });
    try {
      await assert.rejects(openStore({ dataDir: embeddedDir }), /in use by another collector/);
    } finally {
      await store.close();
    }
    // A collector killed with kill -9 leaves its lock behind, naming a process that is gone.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(embeddedDir, 'collector.lock'), dead);
    const again = await openStore({ dataDir: embeddedDir });
    await again.close();
  });
});

describe('the durability patch', () => {
  test('fails at start, naming what moved, when an upgrade moves what it patches', () => {
    assert.throws(() => patchNodeFsSync({}, () => {}), DurabilityPatchError);
    assert.throws(() => patchNodeFsSync({ NODEFS: {} }), /NODEFS\.stream_ops is not where it was/);
    assert.throws(
      () => patchNodeFsSync({ NODEFS: { stream_ops: {} } }, () => {}),
      /NODEFS\.realPath is not where it was.*package-lock\.json/,
    );
  });

  test("makes the file system's fsync reach the disk", () => {
    const calls = [];
    const mod = { NODEFS: { stream_ops: { fsync: () => 0 }, realPath: (node) => `/data/${node}` } };
    patchNodeFsSync(mod, (fd, path) => calls.push([fd, path]));
    assert.equal(mod.NODEFS.stream_ops.fsync({ nfd: 7, node: 'pg_wal/1' }), 0);
    assert.deepEqual(calls, [[7, '/data/pg_wal/1']]);
  });
});
