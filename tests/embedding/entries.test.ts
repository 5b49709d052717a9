import { expect } from '@open-wc/testing';

interface Entry {
  types: string;
  default: string;
}

/** The package's own `exports` map: what an npm user can import. */
async function packageEntries(): Promise<Record<string, Entry | string>> {
  const pkg = (await (await fetch('/package.json')).json()) as { exports: Record<string, Entry | string> };
  return pkg.exports;
}

/** Every element the package has; the visitors' bundles register all but the last. */
const ALL_TAGS = [
  'helse-feedback',
  'helse-strategy',
  'helse-goal-list',
  'helse-meeting-summary',
  'helse-meeting-list',
  'helse-feedback-report',
];
const VISITOR_TAGS = ALL_TAGS.slice(0, -1);

const helseTags = () => ALL_TAGS.filter((tag) => customElements.get(tag));

describe('package entries', () => {
  it('class-only entries export the element class and register nothing', async () => {
    const entries = Object.entries(await packageEntries()).filter(([name]) => name.endsWith('/class'));
    expect(entries.map(([name]) => name)).to.have.length(6);
    for (const [name, entry] of entries) {
      const module = (await import(`/${(entry as Entry).default.slice(2)}`)) as Record<string, unknown>;
      const classes = Object.values(module).filter((value) => typeof value === 'function');
      expect(classes.length, `${name} exports a class`).to.be.greaterThan(0);
      expect(helseTags(), `after importing ${name}`).to.deep.equal([]);
    }
  });

  it('every registering entry defines its elements, and each has types', async () => {
    const expected: Record<string, string[]> = {
      './feedback': ['helse-feedback'],
      './strategy': ['helse-strategy'],
      './goal-list': ['helse-goal-list'],
      './meeting-summary': ['helse-meeting-summary'],
      './meeting-list': ['helse-meeting-list'],
      './meeting': ['helse-meeting-summary', 'helse-meeting-list'],
      './feedback-report': ['helse-feedback-report'],
      './hydrate': VISITOR_TAGS,
      './react': ALL_TAGS,
    };
    const entries = await packageEntries();
    for (const [name, tags] of Object.entries(expected)) {
      const entry = entries[name] as Entry;
      expect((await fetch(`/${entry.types.slice(2)}`)).ok, `${name} types`).to.equal(true);
      await import(`/${entry.default.slice(2)}`);
      for (const tag of tags) expect(customElements.get(tag), `${tag} after ${name}`).to.not.equal(undefined);
    }
  });
});

describe('typed events', () => {
  it('reach a listener on the document with a typed detail', async () => {
    sessionStorage.clear();
    await import('../../src/feedback/widget/define.js');
    const answers: string[] = [];
    // Type-checked by `npm run lint`: `event.detail` is a FeedbackBody here, with no cast.
    const listener = (event: DocumentEventMap['helse-feedback-submit']) => answers.push(event.detail.answer);
    document.addEventListener('helse-feedback-submit', listener);
    const el = document.createElement('helse-feedback');
    document.body.append(el);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button-yes"]')!.click();
    document.removeEventListener('helse-feedback-submit', listener);
    el.remove();
    expect(answers).to.deep.equal(['yes']);
  });
});
