import * as v from 'valibot';
import { isPartialDate } from '../../shared/dates.js';
import { localeFromTag } from '../../localization/resolve-locale.js';

/**
 * The building blocks every content document shares. Messages are written
 * for editors: a failure reads «goals[3].title: expected text».
 */

const nonEmptyString = (message: string) => v.pipe(v.string(message), v.trim(), v.nonEmpty(message));

const localizedText = v.pipe(
  v.object({ nb: v.optional(v.string()), nn: v.optional(v.string()), en: v.optional(v.string()) }, 'expected text'),
  v.check((text) => Object.values(text).some((value) => value?.trim()), 'expected text in nb, nn or en'),
);

const isLocalizedText = (input: unknown) =>
  typeof input === 'object' && input !== null && ('nb' in input || 'nn' in input || 'en' in input);

/** A string, or `{ nb, nn, en }` with at least one of them. */
export const textSchema = v.union([nonEmptyString('expected text'), localizedText], 'expected text');

/** Text, or `{ id?, title?, description? }` with a title or a description. */
export const itemSchema = v.lazy((input) =>
  typeof input === 'string' || isLocalizedText(input)
    ? textSchema
    : v.pipe(
        v.object(
          {
            id: v.optional(v.string('expected text')),
            title: v.optional(textSchema),
            description: v.optional(textSchema),
          },
          'expected text or an item with a title or description',
        ),
        v.check(
          (item) => item.title !== undefined || item.description !== undefined,
          'expected a title or a description',
        ),
      ),
);

export const itemListSchema = v.array(itemSchema, 'expected a list');

/** `{ label, href, type?, size? }`. An href we do not allow is kept and shown as text, not rejected. */
export const linkSchema = v.object(
  {
    label: textSchema,
    href: v.string('expected a URL'),
    type: v.optional(v.string('expected a file type such as "pdf"')),
    size: v.optional(v.pipe(v.number('expected a size in bytes'), v.minValue(0, 'expected a size in bytes'))),
  },
  'expected a link with a label and an href',
);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar date. */
export const partialDateSchema = v.pipe(
  v.string('expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** "YYYY-MM-DD", a real calendar date. */
export const dateSchema = v.pipe(
  v.string('expected a date as YYYY-MM-DD'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  v.check(isPartialDate, 'expected a real date as YYYY-MM-DD'),
);

/** The language a document's plain strings are written in: any tag, mapped like `lang` attributes. */
export const documentLangSchema = v.pipe(
  v.string('expected a language tag such as "nb"'),
  v.transform((tag: string) => localeFromTag(tag)),
);

export const headingsSchema = v.record(v.string(), textSchema, 'expected headings by section name');

export type Item = v.InferOutput<typeof itemSchema>;
