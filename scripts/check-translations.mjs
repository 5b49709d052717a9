// Fails when a message in the source has no nynorsk or English translation.
// Run after `lit-localize extract`, which adds every new msg() to the XLIFF files.
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
let missing = 0;
for (const locale of config.targetLocales) {
  const xliff = readFileSync(new URL(`../xliff/${locale}.xlf`, import.meta.url), 'utf8');
  const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
  for (const unit of units) {
    if (/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit)) continue;
    missing++;
    const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1];
    console.error(`xliff/${locale}.xlf: no translation for «${source}»`);
  }
  console.log(`xliff/${locale}.xlf: ${units.length} messages`);
}
if (missing) {
  console.error(`\n${missing} message(s) lack a translation. Add a <target> to each, then run npm run localize:build.`);
  process.exit(1);
}
