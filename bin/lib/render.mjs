// `helse-widgets render`: the element with its content inline, server-rendered with @lit-labs/ssr into
// a declarative shadow root, plus a plain light-DOM fallback made from the same rendering.
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fromDist } from './dist.mjs';
import { ELEMENTS } from './validate.mjs';

/** The element's tag, written into the template as markup (Lit cannot bind a tag name). */
const TAGS = Object.fromEntries(ELEMENTS.map((element) => [element, unsafeStatic(`helse-${element}`)]));

const template = (element, props) =>
  html`<${TAGS[element]}
    lang=${props.lang}
    heading-level=${ifDefined(props.level)}
    .data=${props.data}
  ></${TAGS[element]}>`;

/** JSON that is safe inside `<script>`: no `</script>` or `<!--` can end it early. */
const scriptJson = (json) =>
  JSON.stringify(json, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The fallback for browsers and crawlers without JavaScript or declarative shadow DOM: the server
 * rendering itself as plain HTML — headings, lists, links, times — without Lit's markers, styles,
 * parts and classes (their values quoted or not: the bundles' templates leave out the quotes HTML allows them to).
 * Generated, so editors never keep a second copy of the content.
 */
function plainFallback(shadowHtml) {
  return shadowHtml
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/\s(?:part|class)=(?:"[^"]*"|[^\s"'=<>`]+)/g, '')
    .replace(/\n\s*\n/g, '\n')
    .replace(/<(\w+) >/g, '<$1>')
    .trim();
}

export async function renderElement({ element, json, lang, headingLevel }) {
  await fromDist(`content/${element}/define.js`);
  const { useLocale } = await fromDist('core/localization.js');
  await useLocale(lang);
  const rendered = await collectResult(render(template(element, { lang, level: headingLevel, data: json })));
  // The page never hydrates this outer template, only the element: drop its markers.
  const host = rendered.replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->/g, (marker, offset) =>
    offset < rendered.indexOf('<template') || offset > rendered.lastIndexOf('</template>') ? '' : marker,
  );
  const shadow = /<template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template>/.exec(host)?.[1] ?? '';
  const lightDom = `\n<script type="application/json">\n${scriptJson(json)}\n</script>\n${plainFallback(shadow)}\n`;
  // The opening tag on one line, as an editor would write it.
  const tidy = host.replace(
    /^<([\w-]+)([^>]*)>/,
    (_, tag, attributes) => `<${tag} ${attributes.trim().replace(/\s+/g, ' ')}>`,
  );
  const end = tidy.lastIndexOf('</');
  return `${tidy.slice(0, end)}${lightDom}${tidy.slice(end)}\n`;
}

/**
 * The CSP hash sources (`'sha256-…'`) of the `<style>` elements in a rendering: a policy whose
 * `style-src` lists them lets the browser apply the server-rendered styles before any script runs.
 * They change only when the element's styles do, that is with a new version of the package.
 */
export function styleHashes(rendered) {
  const hashes = [...rendered.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
