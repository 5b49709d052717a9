import { test, describe, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createReceiver } from '../../server/receiver/receiver.mjs';
import { makeNationalId } from '../helpers/national-id.mjs';

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

/** A receiver on a free loopback port, writing to its own temporary file. */
async function startReceiver(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'receiver-test-'));
  const file = options.file ?? join(dir, 'feedback.jsonl');
  const logged = [];
  const receive = createReceiver({ file, log: (line) => logged.push(line), ...options });
  const server = createServer((req, res) => receive(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    file,
    logged,
    post: (body, headers = {}) =>
      fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    records: async () =>
      (await readFile(file, 'utf8').catch(() => ''))
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      if (!options.file) await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('reference receiver', () => {
  let receiver;
  beforeEach(async () => {
    await receiver?.stop();
    receiver = await startReceiver();
  });
  after(() => receiver?.stop());

  test('stores a valid answer as one JSON line, answers 201 and logs it', async () => {
    const body = validBody();
    const response = await receiver.post(body);
    assert.equal(response.status, 201);
    assert.deepEqual(await response.json(), { id: body.id, stored: true });
    assert.deepEqual(await receiver.records(), [body]);
    assert.match(receiver.logged.at(-1), /Besøkstider/);
  });

  test('answers 400 with the path of a wrong field', async () => {
    const response = await receiver.post(validBody({ answer: 'maybe' }));
    assert.equal(response.status, 400);
    const reason = await response.json();
    assert.equal(reason.error, 'invalid-body');
    assert.equal(reason.path, 'answer');
  });

  test('answers 400 for malformed JSON', async () => {
    const response = await receiver.post('{"answer":');
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid-json');
  });

  test('refuses unknown fields', async () => {
    const response = await receiver.post(validBody({ email: 'someone@example.no' }));
    assert.equal(response.status, 400);
    assert.deepEqual(await receiver.records(), []);
  });

  test('a duplicate id answers 200 and stores nothing new', async () => {
    const body = validBody();
    assert.equal((await receiver.post(body)).status, 201);
    const again = await receiver.post({ ...body, comment: 'endret' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: body.id, stored: false, duplicate: true });
    assert.equal((await receiver.records()).length, 1);
  });

  test('50 concurrent POSTs, half of them duplicates: each id once, every line whole', async () => {
    await receiver.stop();
    receiver = await startReceiver({ rateLimit: { windowMs: 60_000, max: 1000 } });
    const bodies = Array.from({ length: 25 }, () => validBody({ comment: 'x'.repeat(1500) }));
    const responses = await Promise.all([...bodies, ...bodies].map((body) => receiver.post(body)));
    const statuses = responses.map((response) => response.status).sort();
    assert.deepEqual(statuses, [...Array(25).fill(200), ...Array(25).fill(201)]);
    const text = await readFile(receiver.file, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    assert.equal(lines.length, 25);
    for (const line of lines) JSON.parse(line);
    assert.deepEqual(new Set(lines.map((line) => JSON.parse(line).id)), new Set(bodies.map((body) => body.id)));
  });

  test('a body over the size limit answers 413', async () => {
    const response = await receiver.post(validBody({ comment: 'x'.repeat(20_000) }));
    assert.equal(response.status, 413);
    assert.equal((await response.json()).error, 'too-large');
  });

  test('a wrong content type answers 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await receiver.post(validBody(), { 'Content-Type': type });
      assert.equal(response.status, 415, type);
    }
    assert.equal((await receiver.post(validBody(), { 'Content-Type': 'application/json; charset=utf-8' })).status, 201);
  });

  test('redacts fødselsnummer, phone numbers and e-mail addresses before storing', async () => {
    const body = validBody({
      comment: `Ring 412 34 567 eller skriv til kari@example.no, fnr ${makeNationalId('010190')}.`,
    });
    assert.equal((await receiver.post(body)).status, 201);
    const [stored] = await receiver.records();
    assert.equal(stored.comment, 'Ring [fjernet] eller skriv til [fjernet], fnr [fjernet].');
  });
});

describe('origins', () => {
  let receiver;
  before(async () => {
    receiver = await startReceiver({ allowedOrigins: ['https://helse-midt.no'] });
  });
  after(() => receiver.stop());

  test('an allowed origin may POST, and gets CORS headers', async () => {
    const response = await receiver.post(validBody(), { Origin: 'https://helse-midt.no' });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://helse-midt.no');
  });

  test('an allowed origin passes the preflight', async () => {
    const response = await fetch(receiver.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://helse-midt.no', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://helse-midt.no');
    assert.match(response.headers.get('access-control-allow-headers'), /Content-Type/i);
  });

  test('any other origin is refused, preflight and POST alike', async () => {
    const preflight = await fetch(receiver.url, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const post = await receiver.post(validBody(), { Origin: 'https://evil.example' });
    assert.equal(post.status, 403);
    const opaque = await receiver.post(validBody(), { Origin: 'null' });
    assert.equal(opaque.status, 403);
  });

  test('a request from the receiver’s own origin needs no allow-list entry', async () => {
    const response = await receiver.post(validBody(), { Origin: new URL(receiver.url).origin });
    assert.equal(response.status, 201);
  });
});

describe('rate limit', () => {
  test('answers 429 with Retry-After past the limit, per client', async () => {
    let now = 1_000_000;
    const receiver = await startReceiver({ rateLimit: { windowMs: 60_000, max: 3 }, now: () => now });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await receiver.post(validBody())).status, 201);
      const limited = await receiver.post(validBody());
      assert.equal(limited.status, 429);
      assert.equal(limited.headers.get('retry-after'), '60');
      now += 60_000;
      assert.equal((await receiver.post(validBody())).status, 201);
    } finally {
      await receiver.stop();
    }
  });
});

describe('behind a proxy', () => {
  test('with trustProxy 1, forged X-Forwarded-For entries on the left do not escape the limit', async () => {
    const receiver = await startReceiver({ rateLimit: { windowMs: 60_000, max: 3 }, trustProxy: 1 });
    try {
      const statuses = [];
      for (let i = 0; i < 10; i++) {
        statuses.push((await receiver.post(validBody(), { 'X-Forwarded-For': `192.0.2.${i}, 10.0.0.5` })).status);
      }
      assert.deepEqual(statuses, [201, 201, 201, ...Array(7).fill(429)]);
    } finally {
      await receiver.stop();
    }
  });
});

describe('personal data outside the comment', () => {
  test('the title is redacted, and the page keeps no query string or fragment unless allowed', async () => {
    const id = makeNationalId('010190');
    const receiver = await startReceiver({ pageParams: ['id'] });
    try {
      const page = `https://helse-midt.no/sok?fnr=${id}&id=7#${id}`;
      assert.equal((await receiver.post(validBody({ page, title: `Søk: ${id}` }))).status, 201);
      const [record] = await receiver.records();
      assert.equal(record.page, 'https://helse-midt.no/sok?id=7');
      assert.equal(record.title, 'Søk: [fjernet]');
    } finally {
      await receiver.stop();
    }
  });
});

describe('restarts', () => {
  test('a restarted receiver still knows the stored ids', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'receiver-restart-'));
    const file = join(dir, 'feedback.jsonl');
    try {
      const body = validBody();
      const first = await startReceiver({ file });
      assert.equal((await first.post(body)).status, 201);
      await first.stop();
      // A torn last line, as a crash of another writer could leave, does not stop it.
      await writeFile(file, `${await readFile(file, 'utf8')}{"id":"torn`, 'utf8');
      const second = await startReceiver({ file });
      assert.equal((await second.post(body)).status, 200);
      await second.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
