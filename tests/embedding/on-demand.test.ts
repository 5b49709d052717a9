import { expect, waitUntil } from '@open-wc/testing';
import { part, text, loadScript } from '../helpers/dom.js';

/** A prompt of its own: other test files, running alongside in this origin, keep answers in localStorage. */
function prompt(): HTMLElement {
  const el = document.createElement('helse-feedback');
  el.setAttribute('page', `https://example.test/on-demand/${Math.random()}`);
  document.body.append(el);
  return el;
}

/** The bundle's own files this page has fetched, e.g. `helse-feedback.runtime-<hash>.min.js`. */
function fetched(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.split('/').pop() ?? '')
    .filter((name) => name.startsWith('helse-feedback') && name.endsWith('.min.js'));
}

// Bokmål is the source language: its texts are in the bundle, and the localization runtime that
// switches languages is a file of its own, fetched only when a page asks for another language.
describe('what a bundle fetches on demand', () => {
  after(() => (document.documentElement.lang = 'nb'));

  it('a bokmål page fetches the bundle and nothing else', async () => {
    document.documentElement.lang = 'nb';
    await loadScript('/dist/helse-feedback.min.js');
    const el = prompt();
    await waitUntil(() => text(part(el, 'question')) === 'Fant du det du lette etter?', 'bokmål question', {
      timeout: 5000,
    });
    // Long enough for any stray import to start.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched()).to.deep.equal(['helse-feedback.min.js']);
    el.remove();
  });

  it('switching to nynorsk fetches the runtime and the nynorsk texts, once', async () => {
    const el = prompt();
    document.documentElement.lang = 'nn';
    await waitUntil(() => text(part(el, 'question')) === 'Fann du det du leita etter?', 'nynorsk question', {
      timeout: 5000,
    });
    document.documentElement.lang = 'en';
    await waitUntil(() => text(part(el, 'question')) === 'Did you find what you were looking for?', 'English', {
      timeout: 5000,
    });
    document.documentElement.lang = 'nb';
    await waitUntil(() => text(part(el, 'question')) === 'Fant du det du lette etter?', 'back to bokmål', {
      timeout: 5000,
    });
    const files = fetched().map((name) => name.replace(/^(helse-feedback\.\w+)-[\w-]+\.min\.js$/, '$1'));
    expect(files.sort()).to.deep.equal([
      'helse-feedback.en',
      'helse-feedback.min.js',
      'helse-feedback.nn',
      'helse-feedback.runtime',
    ]);
    el.remove();
  });
});
