// Titles and descriptions of the published JSON Schemas, bokmål then English: editors read them in
// their editor's hover and completion. Used by scripts/json-schemas.mjs only, so they add nothing to
// what visitors download.

const bilingual = (nb, en) => ({ nb, en });

/** Shared definitions: their title and description, bokmål then English. */
export const DEFINITIONS = {
  text: bilingual(
    [
      'Tekst',
      'Ren tekst, eller tekst per språk: { "nb": "…", "nn": "…", "en": "…" }. Vises på sidens språk, ellers bokmål.',
    ],
    [
      'Text',
      'Plain text, or text per language: { "nb": "…", "nn": "…", "en": "…" }. Shown in the page language, else bokmål.',
    ],
  ),
  item: bilingual(
    ['Punkt', 'Tekst, eller { "title", "description" } med minst én av dem.'],
    ['Item', 'Text, or { "title", "description" } with at least one of them.'],
  ),
  itemList: bilingual(['Punktliste', 'En liste med punkter.'], ['List of items', 'A list of items.']),
  link: bilingual(
    ['Lenke', '{ "label", "href" }, og for dokumenter gjerne "type" og "size".'],
    ['Link', '{ "label", "href" }, and for documents optionally "type" and "size".'],
  ),
  date: bilingual(
    ['Dato', 'En dato som ÅÅÅÅ-MM-DD, f.eks. "2022-02-18".'],
    ['Date', 'A date as YYYY-MM-DD, e.g. "2022-02-18".'],
  ),
  goals: bilingual(
    ['Mål', 'Punkter, eller grupper { "title", "items" } — ikke en blanding.'],
    ['Goals', 'Items, or groups { "title", "items" } — not a mix.'],
  ),
  image: bilingual(
    ['Bilde', '{ "src", "alt" } — alternativ tekst er påkrevd — eller { "src", "decorative": true }.'],
    ['Image', '{ "src", "alt" } — alternative text is required — or { "src", "decorative": true }.'],
  ),
  partialDate: bilingual(
    ['Dato', 'En dato som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.'],
    ['Date', 'A date as YYYY, YYYY-MM or YYYY-MM-DD.'],
  ),
};

/** Every field of every format, by its path (`[]` for a list's items): title and description. */
export const FIELDS = {
  // Shared by all formats
  $schema: bilingual(
    ['JSON Schema', 'Hvilket skjema filen følger; gir hjelp og fullføring i editoren.'],
    ['JSON Schema', 'The schema this file follows; gives help and completion in the editor.'],
  ),
  lang: bilingual(
    ['Språk', 'Språket dokumentets rene tekster er skrevet på, f.eks. "nb" eller "nn".'],
    ['Language', 'The language the plain texts of the document are written in, e.g. "nb" or "nn".'],
  ),
  'text.nb': bilingual(['Bokmål', 'Teksten på bokmål.'], ['Bokmål', 'The text in bokmål.']),
  'text.nn': bilingual(['Nynorsk', 'Teksten på nynorsk.'], ['Nynorsk', 'The text in nynorsk.']),
  'text.en': bilingual(['Engelsk', 'Teksten på engelsk.'], ['English', 'The text in English.']),
  'item.id': bilingual(['Id', 'Valgfri nøkkel for punktet.'], ['Id', 'An optional key for the item.']),
  'item.title': bilingual(['Tittel', 'Punktets tittel.'], ['Title', "The item's title."]),
  'item.description': bilingual(['Beskrivelse', 'Punktets beskrivelse.'], ['Description', "The item's description."]),
  'link.label': bilingual(['Lenketekst', 'Teksten som vises.'], ['Label', 'The text shown.']),
  'link.href': bilingual(
    ['Adresse', 'http(s)-, mailto- eller relativ adresse. Andre vises som tekst.'],
    ['Address', 'An http(s), mailto or relative URL. Others are shown as text.'],
  ),
  'link.type': bilingual(['Filtype', 'F.eks. "pdf".'], ['File type', 'E.g. "pdf".']),
  'link.size': bilingual(['Filstørrelse', 'I byte.'], ['File size', 'In bytes.']),

  // strategy
  'strategy.title': bilingual(['Tittel', 'Strategiens tittel.'], ['Title', "The strategy's title."]),
  'strategy.organization': bilingual(
    ['Organisasjon', 'Foretaket strategien gjelder, vises under tittelen.'],
    ['Organisation', 'The trust the strategy is for, shown under the title.'],
  ),
  'strategy.vision': bilingual(['Visjon', 'Strategiens visjon.'], ['Vision', "The strategy's vision."]),
  'strategy.ambition': bilingual(['Ambisjon', 'Strategiens ambisjon.'], ['Ambition', "The strategy's ambition."]),
  'strategy.intro': bilingual(['Innledning', 'Innledende avsnitt.'], ['Introduction', 'Introductory paragraphs.']),
  'strategy.intro[]': bilingual(['Avsnitt', 'Ett avsnitt.'], ['Paragraph', 'One paragraph.']),
  'strategy.adopted': bilingual(
    ['Vedtatt', 'Hvem som vedtok strategien, og når.'],
    ['Adopted', 'Who adopted the strategy, and when.'],
  ),
  'strategy.adopted.by': bilingual(
    ['Vedtatt av', 'F.eks. «styret for Helse Midt-Norge RHF».'],
    ['Adopted by', 'E.g. «styret for Helse Midt-Norge RHF».'],
  ),
  'strategy.adopted.date': bilingual(
    ['Vedtaksdato', 'Når strategien ble vedtatt.'],
    ['Date adopted', 'When the strategy was adopted.'],
  ),
  'strategy.status': bilingual(
    ['Status', 'F.eks. «Rulleres årlig» eller «Erstattet av Strategi 2030».'],
    ['Status', 'E.g. «Rulleres årlig» (revised yearly) or «Erstattet av …» (replaced).'],
  ),
  'strategy.successor': bilingual(
    ['Ny strategi', 'Lenke til strategien som avløser denne.'],
    ['Successor', 'A link to the strategy that follows this one.'],
  ),
  'strategy.challenges': bilingual(
    ['Hovedutfordringer', 'Vises som nummerert liste.'],
    ['Challenges', 'Shown as a numbered list.'],
  ),
  'strategy.goals': bilingual(
    [
      'Mål',
      'Punkter, eller grupper { "title", "items" } — ikke en blanding. Overskriften telles opp («Fem strategiske mål»).',
    ],
    ['Goals', 'Items, or groups { "title", "items" } — not a mix. The heading is counted («Fem strategiske mål»).'],
  ),
  'goals[]': bilingual(
    ['Mål eller gruppe', 'Et mål, eller en gruppe mål.'],
    ['Goal or group', 'A goal, or a group of goals.'],
  ),
  'goals[].title': bilingual(['Gruppetittel', 'Tittelen over gruppen.'], ['Group title', 'The title above the group.']),
  'goals[].items': bilingual(['Mål i gruppen', 'Gruppens mål.'], ['Goals in the group', "The group's goals."]),
  'strategy.values': bilingual(['Verdier', 'Vises som punktliste.'], ['Values', 'Shown as a bulleted list.']),
  'strategy.operationalisation': bilingual(
    ['Operasjonalisering', 'Hvordan strategien settes ut i livet.'],
    ['Operationalisation', 'How the strategy is put into practice.'],
  ),
  'strategy.operationalisation.intro': bilingual(
    ['Innledning', 'Innledende avsnitt.'],
    ['Introduction', 'An introductory paragraph.'],
  ),
  'strategy.operationalisation.focus': bilingual(
    ['Fokus', 'Fokusområder, vist som sitater.'],
    ['Focus', 'Areas of focus, shown as quotes.'],
  ),
  'strategy.operationalisation.focus[]': bilingual(
    ['Fokusområde', 'Ett fokusområde.'],
    ['Focus area', 'One area of focus.'],
  ),
  'strategy.operationalisation.measuresIntro': bilingual(
    ['Innledning til tiltak', 'Avsnitt før tiltakene.'],
    ['Measures intro', 'A paragraph before the measures.'],
  ),
  'strategy.operationalisation.measures': bilingual(
    ['Tiltak', 'Vises som nummerert liste.'],
    ['Measures', 'Shown as a numbered list.'],
  ),
  'strategy.boardCases': bilingual(
    ['Styrets behandling', 'Lenke til styresakene.'],
    ['Board cases', 'A link to the board cases.'],
  ),
  'strategy.boardCases.intro': bilingual(
    ['Innledning', 'Avsnitt før lenken.'],
    ['Introduction', 'A paragraph before the link.'],
  ),
  'strategy.boardCases.link': bilingual(['Lenke', 'Lenken til styresakene.'], ['Link', 'The link to the board cases.']),
  'strategy.documents': bilingual(
    ['Bakgrunn og dokumentasjon', 'Dokumenter strategien bygger på.'],
    ['Documents', 'Documents the strategy builds on.'],
  ),
  'strategy.documents.intro': bilingual(
    ['Innledning', 'Avsnitt før listen.'],
    ['Introduction', 'A paragraph before the list.'],
  ),
  'strategy.documents.items': bilingual(
    ['Dokumenter', 'Lenker til dokumentene.'],
    ['Documents', 'Links to the documents.'],
  ),
  'strategy.brochure': bilingual(
    ['Brosjyre', 'Lenke til strategien som brosjyre.'],
    ['Brochure', 'A link to the strategy as a brochure.'],
  ),
  'strategy.headings': bilingual(
    ['Overskrifter', 'Egne overskrifter i stedet for de utledede, per seksjon.'],
    ['Headings', 'Own headings instead of the derived ones, by section.'],
  ),
  'strategy.headings.about': bilingual(
    ['Om', 'Overskrift over utfordringer og mål, f.eks. «Om Strategi 2020».'],
    ['About', 'A heading above challenges and goals.'],
  ),
  'strategy.headings.challenges': bilingual(
    ['Hovedutfordringer', 'Overskrift for utfordringene.'],
    ['Challenges', 'Heading of the challenges.'],
  ),
  'strategy.headings.goals': bilingual(['Mål', 'Overskrift for målene.'], ['Goals', 'Heading of the goals.']),
  'strategy.headings.values': bilingual(['Verdier', 'Overskrift for verdiene.'], ['Values', 'Heading of the values.']),
  'strategy.headings.operationalisation': bilingual(
    ['Operasjonalisering', 'Overskrift for operasjonaliseringen.'],
    ['Operationalisation', 'Heading of the operationalisation.'],
  ),
  'strategy.headings.boardCases': bilingual(
    ['Styrets behandling', 'Overskrift for styresakene.'],
    ['Board cases', 'Heading of the board cases.'],
  ),
  'strategy.headings.documents': bilingual(
    ['Dokumentasjon', 'Overskrift for dokumentene.'],
    ['Documents', 'Heading of the documents.'],
  ),
  'strategy.headings.brochure': bilingual(
    ['Brosjyre', 'Overskrift for brosjyren.'],
    ['Brochure', 'Heading of the brochure.'],
  ),

  // meeting
  'meeting.title': bilingual(['Tittel', 'Sakens tittel.'], ['Title', "The item's title."]),
  'meeting.published': bilingual(
    ['Publisert', 'Publiseringsdato, ÅÅÅÅ-MM-DD.'],
    ['Published', 'Date published, YYYY-MM-DD.'],
  ),
  'meeting.meetingDate': bilingual(
    ['Møtedato', 'Når møtet ble holdt, ÅÅÅÅ-MM-DD.'],
    ['Meeting date', 'When the meeting was held, YYYY-MM-DD.'],
  ),
  'meeting.kind': bilingual(
    ['Type møte', 'F.eks. «Foretaksmøte» eller «Styremøte».'],
    ['Kind', 'E.g. «Foretaksmøte» (enterprise meeting) or «Styremøte» (board meeting).'],
  ),
  'meeting.lead': bilingual(['Ingress', 'Innledende avsnitt.'], ['Lead', 'The lead paragraph.']),
  'meeting.image': bilingual(
    ['Bilde', '{ "src", "alt" } — alternativ tekst er påkrevd — eller { "src", "decorative": true }.'],
    ['Image', '{ "src", "alt" } — alternative text is required — or { "src", "decorative": true }.'],
  ),
  'meeting.image.src': bilingual(
    ['Bildeadresse', 'http(s)- eller relativ adresse.'],
    ['Image URL', 'An http(s) or relative URL.'],
  ),
  'meeting.image.alt': bilingual(
    ['Alternativ tekst', 'Hva bildet viser, for skjermlesere.'],
    ['Alternative text', 'What the image shows, for screen readers.'],
  ),
  'meeting.image.caption': bilingual(['Bildetekst', 'Vises under bildet.'], ['Caption', 'Shown below the image.']),
  'meeting.image.width': bilingual(
    ['Bredde', 'Bildets bredde i piksler, så siden ikke hopper.'],
    ['Width', "The image's width in pixels, so the page does not jump."],
  ),
  'meeting.image.height': bilingual(['Høyde', 'Bildets høyde i piksler.'], ['Height', "The image's height in pixels."]),
  'meeting.image.decorative': bilingual(
    ['Pynt', 'true når bildet bare er pynt og ikke trenger alternativ tekst.'],
    ['Decorative', 'true when the image is decoration only and needs no alternative text.'],
  ),
  'meeting.goals': bilingual(['Mål', 'Mål satt i møtet.'], ['Goals', 'Goals set at the meeting.']),
  'meeting.goals.intro': bilingual(
    ['Innledning', 'Avsnitt før målene.'],
    ['Introduction', 'A paragraph before the goals.'],
  ),
  'meeting.goals.items': bilingual(
    ['Målene', 'Vises som nummerert liste.'],
    ['The goals', 'Shown as a numbered list.'],
  ),
  'meeting.goals.outro': bilingual(
    ['Avslutning', 'Avsnitt etter målene.'],
    ['Closing', 'A paragraph after the goals.'],
  ),
  'meeting.sections': bilingual(
    ['Seksjoner', 'Resten av teksten, i seksjoner.'],
    ['Sections', 'The rest of the text, in sections.'],
  ),
  'meeting.sections[]': bilingual(['Seksjon', 'En overskrift og avsnitt.'], ['Section', 'A heading and paragraphs.']),
  'meeting.sections[].heading': bilingual(
    ['Overskrift', 'Seksjonens overskrift.'],
    ['Heading', "The section's heading."],
  ),
  'meeting.sections[].paragraphs': bilingual(
    ['Avsnitt', 'Seksjonens avsnitt.'],
    ['Paragraphs', "The section's paragraphs."],
  ),
  'meeting.sections[].paragraphs[]': bilingual(['Avsnitt', 'Ett avsnitt.'], ['Paragraph', 'One paragraph.']),
  'meeting.links': bilingual(
    ['Lenker', 'Lenker til mer, f.eks. protokollen.'],
    ['Links', 'Links to more, e.g. the minutes.'],
  ),
  'meeting.href': bilingual(
    ['Adresse', 'Sakens egen side, brukt av møtelisten.'],
    ['Address', "The item's own page, used by the meeting list."],
  ),

  // meeting list
  'meeting-list.title': bilingual(['Tittel', 'Listens tittel.'], ['Title', "The list's title."]),
  'meeting-list.meetings[]': bilingual(
    ['Møte', 'Ett møte, som i meeting.schema.json.'],
    ['Meeting', 'One meeting, as in meeting.schema.json.'],
  ),
  'meeting-list.meetings': bilingual(
    ['Møter', 'Møtene, i hvilken som helst rekkefølge; nyeste vises først.'],
    ['Meetings', 'The meetings, in any order; the newest is shown first.'],
  ),
};

export const FORMAT_TITLES = {
  strategy: bilingual(
    ['Strategi', 'Et helseforetaks strategi, for <helse-strategy> og <helse-goal-list>.'],
    ["A trust's strategy", "A hospital trust's strategy, for <helse-strategy> and <helse-goal-list>."],
  ),
  meeting: bilingual(
    ['Møte', 'Et referat fra et møte (foretaksmøte, styremøte), for <helse-meeting-summary>.'],
    ['Meeting', 'A summary of a meeting (enterprise or board meeting), for <helse-meeting-summary>.'],
  ),
  'meeting-list': bilingual(
    ['Møteliste', 'En liste med møter, for <helse-meeting-list>.'],
    ['Meeting list', 'A list of meetings, for <helse-meeting-list>.'],
  ),
};
