// The styles read each public `--helse-*` custom property where they use it, with its default as the
// fallback (no private copies on :host: they cost every visitor bytes). So one property's fallback is
// written in several places: they must agree with each other and with the default its @cssprop documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;

const sources = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/** Every `var(--helse-name, fallback)` in a text, the fallback read up to its own closing parenthesis. */
function fallbacks(text) {
  const found = [];
  for (const match of text.matchAll(/var\(\s*--helse-([a-z-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth += 1;
      if (text[end] === ')') depth -= 1;
    }
    found.push([
      match[1],
      text
        .slice(match.index + match[0].length, end - 1)
        .trim()
        .replace(/\s+/g, ' '),
    ]);
  }
  return found;
}

test('each --helse-* custom property falls back to one default everywhere, the one its docs give', () => {
  const documented = new Map();
  const used = new Map();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const [, name, value] of text.matchAll(/@cssprop --helse-([a-z-]+) - .*Default `([^`]+)`/g)) {
      documented.set(name, value);
    }
    for (const [name, value] of fallbacks(text)) {
      if (!used.has(name)) used.set(name, new Map());
      used.get(name).set(value, file.slice(SRC.length));
    }
  }
  assert.ok(used.size >= 10, `only ${used.size} custom properties found in the styles`);
  for (const [name, values] of used) {
    const listed = [...values].map(([value, file]) => `${value} (${file})`).join(', ');
    assert.equal(values.size, 1, `--helse-${name} has different fallbacks: ${listed}`);
    const doc = documented.get(name);
    if (doc !== undefined)
      assert.equal([...values.keys()][0], doc, `--helse-${name}: the docs say ${doc}, the styles ${listed}`);
  }
});
