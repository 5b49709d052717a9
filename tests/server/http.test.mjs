// The HTTP pieces the receiver, the collector and the demo server share.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientAddress, parseTrustProxy } from '../../server/http/client.mjs';
import { createRateLimiter } from '../../server/http/rate-limit.mjs';
import { withFailureHandler } from '../../server/http/respond.mjs';
import { createHttpServer } from '../../server/http/server.mjs';
import { createStatic } from '../../server/http/static.mjs';

describe('the rate limiter', () => {
  test('limits each client to max a window, then lets it in again', () => {
    let time = 0;
    const limited = createRateLimiter({ windowMs: 60_000, max: 2 }, () => time);
    assert.deepEqual([limited('a'), limited('a'), limited('b')], [0, 0, 0]);
    assert.equal(limited('a'), 60);
    time = 60_000;
    assert.equal(limited('a'), 0);
  });

  test('costs the same per request with 100,000 clients tracked as with a few', () => {
    let time = 0;
    const limited = createRateLimiter({ windowMs: 60_000, max: 30 }, () => time);
    for (let i = 0; i < 100_000; i++) limited(`198.51.${i >> 8}.${i & 255}`);
    time = 1000; // all still live: nothing to expire
    const started = performance.now();
    for (let i = 0; i < 5000; i++) limited(`203.0.${i >> 8}.${i & 255}`);
    const perRequest = (performance.now() - started) / 5000;
    assert.ok(perRequest < 0.02, `${(perRequest * 1000).toFixed(1)} µs a new client with 100,000 tracked`);
  });

  test('forgets expired clients as it goes, so the map does not grow without end', () => {
    let time = 0;
    const limited = createRateLimiter({ windowMs: 1000, max: 30 }, () => time);
    for (let i = 0; i < 50_000; i++) {
      time = i; // 50 new clients a millisecond-window: most windows end while the run goes on
      limited(`c${i}`);
    }
    // Expired windows never block a returning client, and a tracked count stays bounded.
    time = 100_000;
    assert.equal(limited('c1'), 0);
  });

  test('tracks at most maxClients', () => {
    const limited = createRateLimiter({ windowMs: 60_000, max: 1, maxClients: 3 }, () => 0);
    for (const client of ['a', 'b', 'c', 'd']) limited(client);
    // 'a' was the oldest and is forgotten: it starts a new window.
    assert.equal(limited('a'), 0);
    assert.equal(limited('d'), 60);
  });
});

describe('the client address behind proxies', () => {
  const req = (remote, forwarded) => ({
    socket: { remoteAddress: remote },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  });
  test('counts trusted hops from the right; what the client wrote on the left is not believed', () => {
    const forged = req('10.0.0.1', '192.0.2.7, 203.0.113.9');
    assert.equal(clientAddress(forged, 0), '10.0.0.1');
    assert.equal(clientAddress(forged, 1), '203.0.113.9');
    assert.equal(clientAddress(forged, 2), '192.0.2.7');
    assert.equal(clientAddress(forged, 5), '192.0.2.7');
    assert.equal(clientAddress(req('10.0.0.1'), 1), '10.0.0.1');
  });
  test('TRUST_PROXY is a number of proxies', () => {
    assert.equal(parseTrustProxy(undefined), 0);
    assert.equal(parseTrustProxy('2'), 2);
    assert.throws(() => parseTrustProxy('true'), /number of proxies/);
  });
});

/** GET a raw path (not normalised by a URL parser) from a server. */
const get = (port, path) =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode, text }));
    })
      .on('error', reject)
      .end();
  });

describe('static files', () => {
  let server;
  let port;
  const errors = [];
  before(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'app.js'), 'export {};');
    writeFileSync(join(root, 'dist-secret.txt'), 'secret');
    const serveStatic = createStatic({ '/dist/': 'dist' }, root);
    server = createHttpServer(
      withFailureHandler(
        async (req, res) => {
          if (!(await serveStatic(req, res))) {
            res.writeHead(404);
            res.end();
          }
        },
        (line) => errors.push(line),
      ),
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  test('serves files in the folder', async () => {
    assert.equal((await get(port, '/dist/app.js')).status, 200);
  });

  test('never a sibling whose name begins like the folder', async () => {
    for (const path of ['/dist/..%2fdist-secret.txt', '/dist/..%5cdist-secret.txt', '/dist/%2e%2e/dist-secret.txt']) {
      const { status, text } = await get(port, path);
      assert.notEqual(text, 'secret', path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
    }
  });

  test('answers 400 to a malformed escape, with no stack trace', async () => {
    const { status, text } = await get(port, '/dist/%E0%A4%A');
    assert.equal(status, 400);
    assert.doesNotMatch(text, /at |Error/);
    assert.deepEqual(errors, []);
  });
});
