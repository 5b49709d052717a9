// `npm run collector` and `npm run receiver` answer within seconds of starting, from the sources alone:
// no browser build, no dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedbackBody } from '../support/feedback-body.mjs';
import { postJson, startServerProcess } from '../support/server-process.mjs';

const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

for (const [name, script, env, path] of [
  [
    'collector',
    'server/collector.mjs',
    () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'collector-start-')) }),
    '/feedback',
  ],
  [
    'receiver',
    'server/receiver.mjs',
    () => ({ FEEDBACK_FILE: join(mkdtempSync(join(tmpdir(), 'receiver-start-')), 'f.jsonl') }),
    '/',
  ],
]) {
  test(`npm run ${name} runs ${script} alone and stores a POST within 15 s of starting`, async () => {
    assert.equal(scripts[name], `node ${script}`, 'no build step before it');
    const started = Date.now();
    const server = await startServerProcess(script, env());
    try {
      const response = await postJson(`${server.url}${path}`, feedbackBody());
      assert.equal(response.status, 201);
      const seconds = (Date.now() - started) / 1000;
      assert.ok(seconds < 15, `answered after ${seconds.toFixed(1)} s`);
    } finally {
      await server.kill('SIGTERM');
    }
  });
}
