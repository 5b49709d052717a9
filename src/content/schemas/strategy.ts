import * as v from 'valibot';
import { documentLangSchema, itemListSchema, itemSchema, linkSchema, partialDateSchema, textSchema } from './common.js';

const goalGroupSchema = v.object(
  { title: textSchema, items: itemListSchema },
  'expected a goal group with a title and items',
);

/** Goals in groups under a title, not plain items: the first one says, when goals are checked and when shown. */
export const isGrouped = (goals: unknown): goals is GoalGroup[] =>
  Array.isArray(goals) && typeof goals[0] === 'object' && goals[0] !== null && 'items' in goals[0];

const goalGroupsSchema = v.array(goalGroupSchema, 'expected a list');
const goalItemsSchema = v.array(itemSchema, 'expected a list');

/** Goals are items, or groups of items under a title — not a mix. */
export const goalsSchema = v.lazy((input) => (isGrouped(input) ? goalGroupsSchema : goalItemsSchema));

/** A trust's strategy document (see docs/content-formats.md). */
export const strategySchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: textSchema,
    organization: v.optional(textSchema),
    vision: v.optional(textSchema),
    ambition: v.optional(textSchema),
    intro: v.optional(v.array(textSchema, 'expected a list of paragraphs')),
    adopted: v.optional(v.object({ by: v.optional(textSchema), date: partialDateSchema }, 'expected { by, date }')),
    status: v.optional(textSchema),
    successor: v.optional(linkSchema),
    challenges: v.optional(itemListSchema),
    goals: v.optional(goalsSchema),
    values: v.optional(itemListSchema),
    operationalisation: v.optional(
      v.object(
        {
          intro: v.optional(textSchema),
          focus: v.optional(v.array(textSchema, 'expected a list')),
          measuresIntro: v.optional(textSchema),
          measures: v.optional(itemListSchema),
        },
        'expected { intro, focus, measuresIntro, measures }',
      ),
    ),
    boardCases: v.optional(v.object({ intro: v.optional(textSchema), link: linkSchema }, 'expected { intro, link }')),
    documents: v.optional(
      v.object(
        { intro: v.optional(textSchema), items: v.array(linkSchema, 'expected a list') },
        'expected { intro, items }',
      ),
    ),
    brochure: v.optional(linkSchema),
    headings: v.optional(
      v.object(
        {
          about: v.optional(textSchema),
          challenges: v.optional(textSchema),
          goals: v.optional(textSchema),
          values: v.optional(textSchema),
          operationalisation: v.optional(textSchema),
          boardCases: v.optional(textSchema),
          documents: v.optional(textSchema),
          brochure: v.optional(textSchema),
        },
        'expected headings by section name',
      ),
    ),
  },
  'expected a strategy document (an object with a title)',
);

export type Strategy = v.InferOutput<typeof strategySchema>;
export type GoalGroup = v.InferOutput<typeof goalGroupSchema>;
