// Every relative link in the README, the CHANGELOG and docs/ points at a file that exists, and every
// #anchor at a heading of that file, so a moved page or a renamed heading cannot leave a dead link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pages = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** Markdown without its fenced code blocks, where a `#` line is no heading. */
const withoutFences = (text) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
/** …and without inline code, where a bracket is no link. */
const prose = (text) => withoutFences(text).replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchors = (text) =>
  new Set(
    [...withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)].map(([, heading]) =>
      heading
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );

const links = (text) =>
  [
    ...prose(text).matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g),
    ...prose(text).matchAll(/^\[[^\]]+\]:\s*(\S+)/gm),
  ].map(([, target]) => target);

test('there are pages to check', () => {
  assert.ok(pages.length > 3, `only ${pages.join(', ')}`);
});

for (const page of pages) {
  test(`relative links in ${page} lead somewhere`, () => {
    const text = readFileSync(join(root, page), 'utf8');
    const broken = [];
    for (const target of links(text)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …
      const [path, anchor] = target.split('#');
      const file = path ? join(dirname(join(root, page)), decodeURI(path)) : join(root, page);
      if (!existsSync(file)) {
        broken.push(`${target} (no ${relative(root, file)})`);
        continue;
      }
      if (
        anchor &&
        statSync(file).isFile() &&
        file.endsWith('.md') &&
        !anchors(readFileSync(file, 'utf8')).has(anchor)
      ) {
        broken.push(`${target} (no heading #${anchor} in ${relative(root, file)})`);
      }
    }
    assert.deepEqual(broken, [], `${page} links to what is not there`);
  });
}
