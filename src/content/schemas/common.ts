import * as v from 'valibot';
import { isPartialDate } from '../../core/dates.js';

/**
 * The building blocks every content document shares. Messages are written
 * for editors: a failure reads «goals[3].title: expected text».
 *
 * Every valibot function used adds bytes to what visitors download, so these
 * schemas stick to a few (object, array, string, unknown, optional, lazy, pipe,
 * check) and express the rest as checks: a number is any value checked to be one,
 * and a document's `lang` is kept as written and mapped where text is shown.
 */

/** A number, at least `min`: any value and a check, as v.number would be one more valibot function. */
export const aNumber = (message: string, min = -Infinity) =>
  v.pipe(
    v.unknown() as v.GenericSchema<number>,
    v.check((value) => typeof value === 'number' && value >= min, message),
  );

const nonEmptyString = (message: string) =>
  v.pipe(
    v.string(message),
    v.check((value) => value.trim() !== '', message),
  );

const localizedText = v.pipe(
  v.object({ nb: v.optional(v.string()), nn: v.optional(v.string()), en: v.optional(v.string()) }, 'expected text'),
  v.check((text) => Object.values(text).some((value) => value?.trim()), 'expected text in nb, nn or en'),
);

/** Text, not an item object: a string, or an object with `nb`, `nn` or `en` (items are told apart by this, checked and shown). */
export const isText = (input: unknown): input is v.InferOutput<typeof textSchema> =>
  typeof input === 'string' ||
  (typeof input === 'object' && input !== null && ('nb' in input || 'nn' in input || 'en' in input));

const plainText = nonEmptyString('expected text');

/** A string, or `{ nb, nn, en }` with at least one of them. */
export const textSchema = v.lazy((input) => (typeof input === 'object' && input !== null ? localizedText : plainText));

/** An item that is not plain text: `{ id?, title?, description? }` with a title or a description. */
const itemObject = v.pipe(
  v.object(
    {
      id: v.optional(v.string('expected text')),
      title: v.optional(textSchema),
      description: v.optional(textSchema),
    },
    'expected text or an item with a title or description',
  ),
  v.check((item) => item.title !== undefined || item.description !== undefined, 'expected a title or a description'),
);

/**
 * Text, or `{ id?, title?, description? }` with a title or a description. The schemas a lazy one chooses from are
 * made once, here, not for every item checked.
 */
export const itemSchema = v.lazy((input) => (isText(input) ? textSchema : itemObject));

export const itemListSchema = v.array(itemSchema, 'expected a list');

/** `{ label, href, type?, size? }`. An href we do not allow is kept and shown as text, not rejected. */
export const linkSchema = v.object(
  {
    label: textSchema,
    href: v.string('expected a URL'),
    type: v.optional(v.string('expected a file type such as "pdf"')),
    size: v.optional(aNumber('expected a size in bytes', 0)),
  },
  'expected a link with a label and an href',
);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD", a real calendar date. */
export const partialDateSchema = v.pipe(
  v.string('expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** The form of a day, "YYYY-MM-DD", as a plain test: a list orders thousands of meetings by it before checking them. */
export const isDayShaped = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** "YYYY-MM-DD", a real calendar date. */
export const dateSchema = v.pipe(
  v.string('expected a date as YYYY-MM-DD'),
  v.check<string, string>(isDayShaped, 'expected a date as YYYY-MM-DD'),
  v.check(isPartialDate, 'expected a real date as YYYY-MM-DD'),
);

/** The language a document's plain strings are written in: any tag, mapped like `lang` attributes where text is shown. */
export const documentLangSchema = v.string('expected a language tag such as "nb"');

export type Item = v.InferOutput<typeof itemSchema>;
