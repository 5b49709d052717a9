// The hand-written baseline: the markup each element renders, built from the same JSON with plain
// DOM calls (createElement, textContent), in a shadow root with the same style sheets. This is what
// a trust could write itself, with care: the same headings, parts, `lang` on text in another language,
// `<time datetime>`, the file type in the link text. The benchmark checks that each builds exactly
// the markup of its element, and compares the time.

/** A plain DOM builder: h('p', { class: 'x' }, 'text', child, …). */
function h(tag, attributes, ...children) {
  const el = document.createElement(tag);
  for (const name in attributes) if (attributes[name] != null) el.setAttribute(name, attributes[name]);
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    el.append(child);
  }
  return el;
}

const PAGE = 'nb';

/** Text in the page's language (nb), else the document's; marked with `lang` when it is another. */
function text(value, documentLang = PAGE) {
  if (value == null) return '';
  if (typeof value === 'string') return documentLang === PAGE ? value : h('span', { lang: documentLang }, value);
  if (value.nb) return value.nb;
  const lang = value.nn ? 'nn' : 'en';
  return h('span', { lang }, value[lang]);
}

/** 18.02.2022, februar 2022 or 2010, in a `<time>`. */
const monthYear = new Intl.DateTimeFormat('nb', { year: 'numeric', month: 'long', timeZone: 'UTC' });
function date(iso) {
  const [year, month, day] = iso.split('-');
  const shown = day
    ? `${day}.${month}.${year}`
    : month
      ? monthYear.format(new Date(Date.UTC(Number(year), Number(month) - 1)))
      : year;
  return h('time', { datetime: iso }, shown);
}

const heading = (level, content, part = 'heading') => h(`h${level}`, { part }, content);

function link(value, part = 'link') {
  const meta = [value.type?.toUpperCase(), value.size && `${Math.round(value.size / 1000)} kB`].filter(Boolean);
  return h(
    'a',
    { part, href: value.href },
    text(value.label),
    meta.length ? [' ', h('span', { class: 'file-meta' }, `(${meta.join(', ')})`)] : null,
  );
}

function item(value) {
  const object = typeof value === 'object' && ('title' in value || 'description' in value || 'id' in value);
  if (!object) return h('li', { part: 'item', class: 'item' }, text(value));
  return h(
    'li',
    { part: 'item', class: 'item', 'data-id': value.id },
    value.title && h('strong', { part: 'item-title', class: 'item-title' }, text(value.title)),
    ' ',
    value.description && h('span', { part: 'item-description', class: 'item-description' }, text(value.description)),
  );
}

const items = (values, start = 1) => h('ol', { part: 'list', class: 'items', start }, values.map(item));
const bullets = (values) => h('ul', { part: 'list', class: 'items' }, values.map(item));

const WORDS = ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti', 'elleve', 'tolv'];
const counted = (count, one, many) => {
  if (count === 1) return one;
  const word = WORDS[count - 2] ?? String(count);
  return `${word[0].toUpperCase()}${word.slice(1)} ${many}`;
};

function goals(values, groupLevel) {
  if (!(values.length && typeof values[0] === 'object' && 'items' in values[0])) return items(values);
  let start = 1;
  return values.map((group) => {
    const list = items(group.items, start);
    start += group.items.length;
    return h(
      'div',
      { part: 'goal-group', class: 'goal-group' },
      heading(groupLevel, text(group.title), 'group-heading'),
      list,
    );
  });
}
const countGoals = (values) =>
  values.length && typeof values[0] === 'object' && 'items' in values[0]
    ? values.reduce((sum, group) => sum + group.items.length, 0)
    : values.length;

const content = (...children) => h('div', { part: 'base', class: 'content', lang: PAGE }, children);

const builders = {
  'helse-strategy'(s) {
    const headings = s.headings ?? {};
    const listLevel = headings.about ? 4 : 3;
    const section = (name, level, title, ...children) =>
      h('section', { class: `section section--${name}` }, heading(level, headings[name] ?? title), children);
    const op = s.operationalisation;
    return content(
      h(
        'header',
        { class: 'header' },
        heading(2, text(s.title), 'title'),
        s.organization && h('p', { part: 'organization', class: 'organization' }, text(s.organization)),
      ),
      [
        ['Ambisjon', s.ambition],
        ['Visjon', s.vision],
      ].map(
        ([label, value]) =>
          value &&
          h(
            'div',
            { part: 'statement', class: 'statement' },
            h('p', { class: 'statement-label' }, label),
            h('p', { class: 'statement-text' }, text(value)),
          ),
      ),
      s.adopted &&
        h(
          'p',
          { part: 'adopted', class: 'adopted' },
          s.adopted.by ? ['Vedtatt av ', text(s.adopted.by)] : 'Vedtatt',
          s.adopted.date.length === 10 ? ' den ' : ' i ',
          date(s.adopted.date),
        ),
      s.status && h('p', { part: 'status', class: 'status' }, text(s.status)),
      (s.intro ?? []).map((p) => h('p', { part: 'intro' }, text(p))),
      s.successor && h('p', { part: 'successor', class: 'successor' }, 'Ny strategi: ', link(s.successor)),
      headings.about && (s.challenges?.length || s.goals?.length) && heading(3, text(headings.about)),
      s.challenges?.length &&
        section(
          'challenges',
          listLevel,
          counted(s.challenges.length, 'Én hovedutfordring', 'hovedutfordringer'),
          items(s.challenges),
        ),
      s.goals?.length &&
        section(
          'goals',
          listLevel,
          counted(countGoals(s.goals), 'Ett strategisk mål', 'strategiske mål'),
          goals(s.goals, listLevel + 1),
        ),
      s.values?.length && section('values', 3, 'Verdier', bullets(s.values)),
      op &&
        section(
          'operationalisation',
          3,
          'Operasjonalisering',
          op.intro && h('p', null, text(op.intro)),
          op.focus?.length &&
            h(
              'ul',
              { part: 'focus', class: 'focus' },
              op.focus.map((f) => h('li', null, h('q', null, text(f)))),
            ),
          op.measuresIntro && h('p', null, text(op.measuresIntro)),
          op.measures?.length && items(op.measures),
        ),
      s.boardCases &&
        section(
          'boardCases',
          3,
          'Styrets behandling',
          s.boardCases.intro && h('p', null, text(s.boardCases.intro)),
          h('p', null, link(s.boardCases.link)),
        ),
      s.documents?.items.length &&
        section(
          'documents',
          3,
          'Bakgrunn og dokumentasjon',
          s.documents.intro && h('p', null, text(s.documents.intro)),
          h(
            'ul',
            { part: 'documents', class: 'documents' },
            s.documents.items.map((d) => h('li', null, link(d))),
          ),
        ),
      s.brochure && section('brochure', 3, 'Brosjyre', h('p', null, link(s.brochure))),
    );
  },

  'helse-goal-list'(data) {
    const values = Array.isArray(data) ? data : (data.goals ?? []);
    const title = data.headings?.goals ?? counted(countGoals(values), 'Ett strategisk mål', 'strategiske mål');
    return content(heading(2, text(title)), goals(values, 3));
  },

  'helse-meeting-summary'(m) {
    return content(
      h(
        'header',
        { class: 'header' },
        m.kind && h('p', { part: 'kind', class: 'kind' }, text(m.kind)),
        heading(2, text(m.title), 'title'),
      ),
      m.lead && h('p', { part: 'lead', class: 'lead' }, text(m.lead)),
      h(
        'p',
        { part: 'meta', class: 'meta' },
        h('span', { class: 'published' }, 'Publisert ', date(m.published)),
        m.meetingDate && [' ', h('span', { class: 'held' }, 'Møtedato ', date(m.meetingDate))],
      ),
      m.image &&
        h(
          'figure',
          { part: 'figure', class: 'figure' },
          // loading and decoding before src, or the image starts loading at once.
          h('img', {
            part: 'image',
            class: m.image.width && m.image.height ? 'image' : 'image image--ratio',
            loading: 'lazy',
            decoding: 'async',
            alt: m.image.decorative ? '' : (m.image.alt.nb ?? m.image.alt),
            width: m.image.width,
            height: m.image.height,
            src: m.image.src,
          }),
          m.image.caption && h('figcaption', { part: 'caption' }, text(m.image.caption)),
        ),
      m.goals?.items.length &&
        h(
          'div',
          { part: 'goals', class: 'goals' },
          m.goals.intro && h('p', null, text(m.goals.intro)),
          items(m.goals.items),
          m.goals.outro && h('p', null, text(m.goals.outro)),
        ),
      (m.sections ?? []).map((s) =>
        h(
          'section',
          { class: 'section' },
          s.heading && heading(3, text(s.heading)),
          s.paragraphs.map((p) => h('p', null, text(p))),
        ),
      ),
      m.links?.length &&
        h(
          'ul',
          { part: 'links', class: 'links' },
          m.links.map((l) => h('li', null, link(l))),
        ),
    );
  },

  'helse-meeting-list'(data) {
    const sorted = sortedMeetings(data);
    const { meetings, years } = sorted;
    const select = h(
      'select',
      { id: 'year', part: 'filter' },
      h('option', { value: '', selected: '' }, 'Alle år'),
      years.map((year) => h('option', { value: year }, year)),
    );
    select.addEventListener('change', () => filterBaseline(select.getRootNode().host, data, select.value));
    sortedOf.set(select, sorted);
    return content(
      data.title && heading(2, text(data.title)),
      h('div', { class: 'filter' }, h('label', { for: 'year' }, 'Vis møter fra'), select),
      h('p', { class: 'visually-hidden', role: 'status' }),
      yearSections(meetings.slice(0, PAGE_SIZE), data.lang),
      meetings.length > PAGE_SIZE && moreButton(),
    );
  },

  'helse-feedback'() {
    const button = (label, part) => {
      const el = h('button', { part, class: 'button', type: 'button', 'aria-disabled': 'false' }, label);
      el.addEventListener('click', () => {});
      return el;
    };
    return h(
      'div',
      { part: 'base', class: 'feedback', lang: PAGE },
      h(
        'div',
        { class: 'prompt', role: 'group', 'aria-labelledby': 'question' },
        h('p', { id: 'question', part: 'question', class: 'question' }, 'Fant du det du lette etter?'),
        h('div', { class: 'actions' }, button('Ja', 'button button-yes'), button('Nei', 'button button-no')),
      ),
      h('div', { id: 'message', part: 'message', class: 'message', role: 'status', tabindex: '-1' }),
    );
  },
};

// ------------------------------------------------------------------------------------ meeting list

const dateOf = (meeting) => meeting.meetingDate ?? meeting.published;

/** Newest first, and the years they fall in. */
function sortedMeetings(data) {
  const meetings = [...data.meetings].sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0));
  return { meetings, years: [...new Set(meetings.map((m) => dateOf(m).slice(0, 4)))] };
}

/** Each list's meetings, sorted when it was built, for its filter. */
const sortedOf = new WeakMap();

function card(meeting, listLang) {
  const lang = meeting.lang ?? listLang ?? PAGE;
  const title = text(meeting.title, lang);
  return h(
    'li',
    { part: 'card', class: 'card' },
    h(
      'article',
      null,
      meeting.kind && h('p', { part: 'kind', class: 'kind' }, text(meeting.kind, lang)),
      h('h4', { part: 'card-title' }, meeting.href ? h('a', { href: meeting.href }, title) : title),
      h('p', { part: 'meta', class: 'meta' }, date(dateOf(meeting))),
      meeting.lead && h('p', { part: 'lead', class: 'card-lead' }, text(meeting.lead, lang)),
    ),
  );
}

/** Like the element, the list shows 20 meetings at a time; «Vis flere møter» adds the next 20. */
const PAGE_SIZE = 20;

function moreButton() {
  const button = h('button', { part: 'button more', class: 'button', type: 'button' }, 'Vis flere møter');
  button.addEventListener('click', () => {});
  return button;
}

/** One section per year, newest first. */
function yearSections(meetings, listLang) {
  const sections = [];
  let list;
  let year;
  for (const meeting of meetings) {
    const y = dateOf(meeting).slice(0, 4);
    if (y !== year) {
      year = y;
      list = h('ul', { part: 'list', class: 'cards' });
      sections.push(h('section', { class: 'year' }, heading(3, year), list));
    }
    list.append(card(meeting, listLang));
  }
  return sections;
}

/** The filter's change, by hand: the chosen year's first 20 meetings replace the shown ones, and the count is announced. */
export function filterBaseline(host, data, year) {
  const root = host.shadowRoot;
  const { meetings } = sortedOf.get(root.querySelector('select'));
  const matching = year ? meetings.filter((meeting) => dateOf(meeting).startsWith(year)) : meetings;
  const count = Math.min(PAGE_SIZE, matching.length);
  for (const option of root.querySelector('select').options) option.toggleAttribute('selected', option.value === year);
  root.querySelector('[role="status"]').textContent = count === 1 ? 'Viser 1 møte' : `Viser ${count} møter`;
  for (const old of root.querySelectorAll('section.year, [part~="more"]')) old.remove();
  root
    .querySelector('[part~="base"]')
    .append(...yearSections(matching.slice(0, count), data.lang), ...(count < matching.length ? [moreButton()] : []));
}

/** Builds the baseline for a tag into a fresh shadow root that uses the given style sheets. */
export function buildBaseline(tag, data, styles) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles;
  root.append(builders[tag](data));
  return host;
}

/**
 * The same markup in a custom element written by hand, as a trust's own drop-in element would be: it builds its
 * shadow root when it is connected. Not the target's baseline (that is the plain host above, the stricter one);
 * it shows how much of an element's cost is being a custom element at all.
 */
class HandWrittenElement extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = this.styles;
    root.append(builders[this.tag](this.data));
  }
}
customElements.define('bench-hand-written', HandWrittenElement);

/** A hand-written custom element for a tag, with its data and style sheets, not yet connected. */
export function buildHandWrittenElement(tag, data, styles) {
  const el = document.createElement('bench-hand-written');
  Object.assign(el, { tag, data, styles });
  return el;
}
