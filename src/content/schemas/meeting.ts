import * as v from 'valibot';
import { isSafeImageSrc } from '../links.js';
import { aNumber, dateSchema, documentLangSchema, itemListSchema, linkSchema, textSchema } from './common.js';

const decorativeImage = v.object(
  {
    src: v.string('expected an image URL'),
    // Any value, checked to be `true`: v.unknown serves the numbers too, v.boolean would be one more function.
    decorative: v.pipe(
      v.unknown() as v.GenericSchema<true>,
      v.check((decorative) => decorative === true, 'expected decorative: true'),
    ),
    width: v.optional(aNumber('expected a width in pixels')),
    height: v.optional(aNumber('expected a height in pixels')),
  },
  'expected an image',
);

const describedImage = v.object(
  {
    src: v.string('expected an image URL'),
    alt: textSchema,
    caption: v.optional(textSchema),
    width: v.optional(aNumber('expected a width in pixels')),
    height: v.optional(aNumber('expected a height in pixels')),
  },
  'expected an image with src and alt',
);

/** An image needs alternative text, unless it is marked decorative. */
export const imageSchema = v.lazy((input) =>
  typeof input === 'object' && input !== null && 'decorative' in input ? decorativeImage : describedImage,
);

/** What a meeting's card in a list shows (with `href`). */
const listedEntries = {
  lang: v.optional(documentLangSchema),
  title: textSchema,
  published: dateSchema,
  meetingDate: v.optional(dateSchema),
  kind: v.optional(textSchema),
  lead: v.optional(textSchema),
};

const href = v.optional(v.string('expected a URL'));

export const meetingSchema = v.object(
  {
    ...listedEntries,
    image: v.optional(
      v.pipe(
        imageSchema,
        v.check((image) => isSafeImageSrc(image.src), 'expected an http(s) or relative image URL'),
      ),
    ),
    goals: v.optional(
      v.object(
        { intro: v.optional(textSchema), items: itemListSchema, outro: v.optional(textSchema) },
        'expected { intro, items, outro }',
      ),
    ),
    sections: v.optional(
      v.array(
        v.object(
          { heading: v.optional(textSchema), paragraphs: v.array(textSchema, 'expected a list of paragraphs') },
          'expected { heading, paragraphs }',
        ),
        'expected a list',
      ),
    ),
    links: v.optional(v.array(linkSchema, 'expected a list')),
    href,
  },
  'expected a meeting (an object with a title and published)',
);

/** A list of meetings, each a whole meeting: the format editors write and the CLI and JSON Schema check. */
export const meetingListSchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: v.optional(textSchema),
    meetings: v.array(meetingSchema, 'expected a list of meetings'),
  },
  'expected { title, meetings }',
);

/**
 * A meeting as `<helse-meeting-list>` checks it: for what its card shows. The rest of a meeting
 * (image, goals, sections, links) belongs to its own page and is checked there.
 */
export const listedMeetingSchema = v.object(
  { ...listedEntries, href },
  'expected a meeting (an object with a title and published)',
);

/**
 * A list as `<helse-meeting-list>` checks it first: its meetings one by one only as they are shown,
 * since an archive has thousands and checking them all cost more than showing the first twenty.
 */
export const listedMeetingsSchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: v.optional(textSchema),
    meetings: v.array(v.unknown(), 'expected a list of meetings'),
  },
  'expected { title, meetings }',
);

export type Meeting = v.InferOutput<typeof meetingSchema>;
export type MeetingImage = NonNullable<Meeting['image']>;
export type MeetingList = v.InferOutput<typeof meetingListSchema>;
/** A list, and a meeting, as `<helse-meeting-list>` shows them. */
export type ListedMeetings = v.InferOutput<typeof listedMeetingsSchema>;
export type ListedMeeting = v.InferOutput<typeof listedMeetingSchema>;
