// The hand-rolled baseline: the same markup the elements render, built from the same JSON with plain
// DOM calls (createElement, textContent), in a shadow root with the same style sheets. This is what a
// trust could write itself; the benchmark compares our elements against it.

/** A plain DOM builder: h('p', { class: 'x' }, 'text', child, …). */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) if (value != null) el.setAttribute(name, value);
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

const text = (value) =>
  value == null ? '' : typeof value === 'string' ? value : (value.nb ?? Object.values(value)[0]);
const itemText = (item) =>
  typeof item === 'string' || !('title' in item || 'description' in item)
    ? text(item)
    : [item.title && text(item.title), item.description && text(item.description)].filter(Boolean).join(': ');
const list = (tag, items) =>
  h(
    tag,
    null,
    items.map((item) => h('li', null, itemText(item))),
  );
const link = (value) => (value ? h('a', { href: value.href }, text(value.label)) : null);
const date = (iso) => {
  const [year, month, day] = iso.split('-');
  return h('time', { datetime: iso }, day ? `${day}.${month}.${year}` : year);
};
const section = (title, ...content) => h('section', { class: 'section' }, h('h3', null, title), content);

const builders = {
  'helse-strategy'(s) {
    const goals = s.goals ?? [];
    const grouped = goals.length && typeof goals[0] === 'object' && 'items' in goals[0];
    return h(
      'article',
      { part: 'base', class: 'content' },
      h('h2', { part: 'title' }, text(s.title)),
      s.organization && h('p', { class: 'organization' }, text(s.organization)),
      s.ambition && h('div', { class: 'statement' }, h('p', null, text(s.ambition))),
      s.vision && h('div', { class: 'statement' }, h('p', null, text(s.vision))),
      s.adopted && h('p', { class: 'adopted' }, `Vedtatt av ${text(s.adopted.by)} i `, date(s.adopted.date)),
      s.status && h('p', { class: 'status' }, text(s.status)),
      (s.intro ?? []).map((p) => h('p', null, text(p))),
      s.successor && h('p', { class: 'successor' }, 'Ny strategi: ', link(s.successor)),
      s.challenges && section('Fire utfordringer', list('ul', s.challenges)),
      goals.length &&
        section(
          'Fem strategiske mål',
          grouped ? goals.map((g) => [h('h4', null, text(g.title)), list('ol', g.items)]) : list('ol', goals),
        ),
      s.values && section('Verdier', list('ul', s.values)),
      s.operationalisation &&
        section(
          'Operasjonalisering',
          h('p', null, text(s.operationalisation.intro)),
          h(
            'ul',
            null,
            (s.operationalisation.focus ?? []).map((f) => h('li', null, h('q', null, text(f)))),
          ),
          h('p', null, text(s.operationalisation.measuresIntro)),
          list('ul', s.operationalisation.measures ?? []),
        ),
      s.boardCases &&
        section('Styresaker', h('p', null, text(s.boardCases.intro)), h('p', null, link(s.boardCases.link))),
      s.documents &&
        section(
          'Dokumenter',
          h('p', null, text(s.documents.intro)),
          h(
            'ul',
            null,
            s.documents.items.map((d) => h('li', null, link(d))),
          ),
        ),
    );
  },

  'helse-meeting-summary'(m) {
    return h(
      'article',
      { part: 'base', class: 'content' },
      h('h2', null, text(m.title)),
      m.kind && h('p', { class: 'kind' }, text(m.kind)),
      h('p', { class: 'published' }, 'Publisert ', date(m.published)),
      m.lead && h('p', { class: 'lead' }, text(m.lead)),
      m.image &&
        h(
          'figure',
          null,
          h('img', {
            src: m.image.src,
            alt: text(m.image.alt),
            width: m.image.width,
            height: m.image.height,
            loading: 'lazy',
          }),
        ),
      m.goals &&
        h(
          'div',
          { class: 'goals' },
          h('p', null, text(m.goals.intro)),
          list('ol', m.goals.items),
          h('p', null, text(m.goals.outro)),
        ),
      (m.sections ?? []).map((s) =>
        h(
          'section',
          null,
          s.heading && h('h3', null, text(s.heading)),
          s.paragraphs.map((p) => h('p', null, text(p))),
        ),
      ),
      m.links &&
        h(
          'ul',
          { class: 'links' },
          m.links.map((l) => h('li', null, link(l))),
        ),
    );
  },

  'helse-meeting-list'(data) {
    const meetings = [...data.meetings].sort((a, b) => b.published.localeCompare(a.published));
    const years = [...new Set(meetings.map((m) => m.published.slice(0, 4)))];
    const select = h(
      'select',
      { id: 'year' },
      h('option', { value: '' }, 'Alle år'),
      years.map((y) => h('option', { value: y }, y)),
    );
    return h(
      'div',
      { part: 'base', class: 'content' },
      h('h2', null, text(data.title)),
      h('label', { for: 'year' }, 'Vis år'),
      select,
      years.map((year) =>
        h(
          'section',
          null,
          h('h3', null, year),
          h(
            'ul',
            { class: 'cards' },
            meetings
              .filter((m) => m.published.startsWith(year))
              .map((m) =>
                h(
                  'li',
                  { class: 'card' },
                  h('h4', null, h('a', { href: m.href }, text(m.title))),
                  h('p', { class: 'meta' }, text(m.kind), ' · ', date(m.published)),
                  m.lead && h('p', null, text(m.lead)),
                ),
              ),
          ),
        ),
      ),
    );
  },

  'helse-feedback'() {
    const yes = h('button', { type: 'button', class: 'button' }, 'Ja');
    const no = h('button', { type: 'button', class: 'button' }, 'Nei');
    yes.addEventListener('click', () => {});
    no.addEventListener('click', () => {});
    return h(
      'div',
      { part: 'base', class: 'feedback' },
      h(
        'div',
        { class: 'prompt', role: 'group', 'aria-labelledby': 'question' },
        h('p', { id: 'question', class: 'question' }, 'Fant du det du lette etter?'),
        h('div', { class: 'actions' }, yes, no),
      ),
      h('div', { id: 'message', class: 'message', role: 'status', tabindex: '-1' }),
    );
  },
};

/** Builds the baseline for a tag into a fresh shadow root that uses the given style sheets. */
export function buildBaseline(tag, data, styles) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  root.append(builders[tag](data));
  return host;
}
