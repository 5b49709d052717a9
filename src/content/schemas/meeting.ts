import * as v from 'valibot';
import { isSafeImageSrc } from '../links.js';
import { dateSchema, documentLangSchema, itemListSchema, linkSchema, textSchema } from './common.js';

/** An image needs alternative text, unless it is marked decorative. */
export const imageSchema = v.lazy((input) =>
  typeof input === 'object' && input !== null && 'decorative' in input
    ? v.object(
        {
          src: v.string('expected an image URL'),
          decorative: v.pipe(
            v.boolean('expected decorative: true'),
            v.check((decorative) => decorative, 'expected decorative: true'),
          ),
          width: v.optional(v.number('expected a width in pixels')),
          height: v.optional(v.number('expected a height in pixels')),
        },
        'expected an image',
      )
    : v.object(
        {
          src: v.string('expected an image URL'),
          alt: textSchema,
          caption: v.optional(textSchema),
          width: v.optional(v.number('expected a width in pixels')),
          height: v.optional(v.number('expected a height in pixels')),
        },
        'expected an image with src and alt',
      ),
);

export const meetingSchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: textSchema,
    published: dateSchema,
    meetingDate: v.optional(dateSchema),
    kind: v.optional(textSchema),
    lead: v.optional(textSchema),
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
    href: v.optional(v.string('expected a URL')),
  },
  'expected a meeting (an object with a title and published)',
);

export const meetingListSchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: v.optional(textSchema),
    meetings: v.array(meetingSchema, 'expected a list of meetings'),
  },
  'expected { title, meetings }',
);

export type Meeting = v.InferOutput<typeof meetingSchema>;
export type MeetingImage = NonNullable<Meeting['image']>;
export type MeetingList = v.InferOutput<typeof meetingListSchema>;
