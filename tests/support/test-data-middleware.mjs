// Dev-server middleware for the content tests: answers a JSON document the
// way a real server might misbehave.
//   GET /test-data/slow?ms=N&file=tests/fixtures/x.json   the file, after N ms
//   GET /test-data/html                                   a 200 HTML page (a CMS soft 404)
//   GET /test-data/status/N                               status N with a JSON body
//   GET /test-data/flaky/<key>?file=…                     fails with 503 once per key, then the file
//   GET /content/…                                        tests/fixtures/…, as the demo site serves them
import { readFile } from 'node:fs/promises';
import { resolve, relative } from 'node:path';

const root = process.cwd();
const seen = new Set();

async function fixture(path) {
  const file = resolve(root, path);
  if (relative(root, file).startsWith('..')) throw new Error('outside the project');
  return readFile(file, 'utf8');
}

export function testDataMiddleware() {
  return async function testData(ctx, next) {
    if (ctx.path.startsWith('/content/')) {
      ctx.path = ctx.path.replace('/content/', '/tests/fixtures/');
      return next();
    }
    if (!ctx.path.startsWith('/test-data/')) return next();
    const [, , kind, arg] = ctx.path.split('/');
    if (kind === 'slow') {
      await new Promise((done) => setTimeout(done, Number(ctx.query.ms ?? 1000)));
      ctx.type = 'application/json';
      ctx.body = await fixture(ctx.query.file);
      return;
    }
    if (kind === 'html') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Siden finnes ikke</title><h1>Siden finnes ikke</h1>';
      return;
    }
    if (kind === 'status') {
      ctx.status = Number(arg);
      ctx.body = { error: 'injected' };
      return;
    }
    if (kind === 'flaky') {
      if (!seen.has(arg)) {
        seen.add(arg);
        ctx.status = 503;
        ctx.body = { error: 'injected' };
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await fixture(ctx.query.file);
      return;
    }
    return next();
  };
}
