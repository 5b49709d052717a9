import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createReceiver } from '../../server/receiver.mjs';

function validBody(overrides = {}) {
  return {
    id: randomUUID(),
    answer: 'no',
    comment: 'Besøkstider',
    page: 'https://helse-midt.no/om-oss/strategi-2020',
    title: 'Strategi 2020',
    locale: 'nb',
    submittedAt: new Date().toISOString(),
    version: '0.1.0',
    ...overrides,
  };
}

describe('reference receiver', () => {
  let dir, file, server, url;
  const logged = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'receiver-test-'));
    file = join(dir, 'feedback.jsonl');
    const receive = createReceiver({ file, log: (line) => logged.push(line) });
    server = createServer((req, res) => receive(req, res));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}/`;
  });

  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  const post = (body, headers = { 'Content-Type': 'application/json' }) =>
    fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

  test('stores a valid answer as one JSON line, answers 201 and logs it', async () => {
    const body = validBody();
    const response = await post(body);
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { id: body.id, stored: true });
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    assert.deepEqual(JSON.parse(lines.at(-1)), body);
    assert.match(logged.at(-1), /Besøkstider/);
  });

  test('answers 400 with the path of a wrong field', async () => {
    const response = await post(validBody({ answer: 'maybe' }));
    assert.equal(response.status, 400);
    const reason = await response.json();
    assert.equal(reason.error, 'invalid-body');
    assert.equal(reason.path, 'answer');
  });

  test('answers 400 for malformed JSON', async () => {
    const response = await post('{"answer":');
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid-json');
  });

  test('refuses unknown fields', async () => {
    const response = await post(validBody({ email: 'someone@example.no' }));
    assert.equal(response.status, 400);
  });
});
