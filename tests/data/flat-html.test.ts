import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { flatHtml } from '../../src/content/flat.js';

/**
 * flatHtml() merges nested templates into one: only Lit's own results may become markup. Data that
 * looks like a template result (a JSON object with `_$litType$`) must stay a value, or a document
 * could write HTML into the page.
 */
describe('flatHtml', () => {
  it('renders nested templates as one, with the same markup and values', () => {
    const root = document.createElement('div');
    const title = 'Styremøte <b>1</b>';
    render(flatHtml`<li>${html`<h3>${html`<a href=${'/m/1'}>${title}</a>`}</h3>`}<p>${'lead'}</p></li>`, root);
    const li = root.querySelector('li')!;
    expect(li.querySelector('h3 > a')!.getAttribute('href')).to.equal('/m/1');
    expect(li.querySelector('a')!.textContent).to.equal('Styremøte <b>1</b>');
    expect(li.querySelector('b') === null, 'no <b> from the text').to.equal(true);
    expect(li.querySelector('p')!.textContent).to.equal('lead');
  });

  it('never turns data dressed up as a template result into markup', () => {
    const forged = JSON.parse('{"_$litType$": 1, "strings": ["<img src=x id=injected>"], "values": []}');
    const root = document.createElement('div');
    try {
      render(flatHtml`<p>${forged}</p>`, root);
    } catch {
      // Lit may refuse the value outright; either way nothing may be injected.
    }
    // Compared as booleans: chai would take minutes to describe an element that should not be there.
    expect(root.innerHTML.includes('<img'), root.innerHTML).to.equal(false);
  });
});
