// A throwaway PostgreSQL server for the collector's tests: Debian's `postgresql` binaries, a cluster in a
// temporary directory on a free port, stopped after. Returns null (and says why) where there is none.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

function findBin() {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse() : [];
  for (const version of versions) {
    const bin = `/usr/lib/postgresql/${version}/bin`;
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'postgres'))) return bin;
  }
  return null;
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** @returns {Promise<{ url: string, dropConnections(): Promise<void>, stop(): Promise<void> } | { skip: string }>} */
export async function startPostgres() {
  const bin = findBin();
  if (!bin)
    return { skip: "PostgreSQL is not installed (Debian package 'postgresql'); PostgreSQL store tests skipped." };
  const dir = mkdtempSync(join(tmpdir(), 'collector-pg-'));
  // PostgreSQL refuses to run as root: run it as the postgres user then.
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
  }
  const run = (command, args) => (asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]);
  const [initCommand, initArgs] = run(join(bin, 'initdb'), [
    '-D',
    join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
  ]);
  const init = spawnSync(initCommand, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) return { skip: `initdb failed, PostgreSQL store tests skipped: ${init.stderr || init.error}` };
  const port = await freePort();
  const [command, args] = run(join(bin, 'postgres'), [
    '-D',
    join(dir, 'data'),
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=on',
    // Far from Norway and from UTC, so a period that followed the server's time zone would show.
    '-c',
    'timezone=Pacific/Kiritimati',
  ]);
  const server = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise((resolve, reject) => {
    let log = '';
    server.stderr.on('data', (chunk) => {
      log += chunk;
      if (log.includes('ready to accept connections')) resolve();
    });
    server.once('exit', (code) => reject(new Error(`postgres exited with ${code}: ${log}`)));
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    /** Ends every other connection, as a server restart or a proxy timeout would. */
    async dropConnections() {
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE pid <> pg_backend_pid() AND datname = current_database()`,
        );
      } finally {
        await client.end();
      }
    },
    async stop() {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      // pg_ctl, not a signal to runuser, which does not pass signals on to postgres.
      const [stopCommand, stopArgs] = run(join(bin, 'pg_ctl'), ['stop', '-D', join(dir, 'data'), '-m', 'fast']);
      spawnSync(stopCommand, stopArgs);
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresIds() {
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}
