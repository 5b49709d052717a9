import { html, nothing, type PropertyDeclarations } from 'lit';
import * as v from 'valibot';
import { HelseDataElement } from '../data-element.js';
import { goalsSchema } from '../schemas/strategy.js';
import { documentLangSchema, textSchema } from '../schemas/common.js';
import { renderText } from '../text.js';
import { countGoals, goalsHeading, renderGoals, type Goals } from '../goals.js';
import { clampLevel, heading } from '../heading.js';
import { buttons, tokens } from '../../core/tokens.styles.js';
import { contentStyles } from '../content.styles.js';

/**
 * What the list shows of a strategy document, and its title (what makes it one): its language, its heading for the
 * goals and the goals. The rest is the strategy page's to check, as the meeting list checks only what its cards
 * show: checking the whole document was about a third of the list's cost beyond Lit (docs/benchmark.md).
 */
const shownStrategySchema = v.object(
  {
    lang: v.optional(documentLangSchema),
    title: textSchema,
    goals: v.optional(goalsSchema),
    headings: v.optional(v.object({ goals: v.optional(textSchema) })),
  },
  'expected a strategy document (an object with a title)',
);

/** A list of goals (items or groups), or a strategy document whose goals are shown. */
const goalListSchema = v.lazy((input) => (Array.isArray(input) ? goalsSchema : shownStrategySchema));

type GoalListData = v.InferOutput<typeof goalListSchema>;

/**
 * Only the goals, numbered: a goal box for any page. Takes the same data as
 * `<helse-strategy>` (its `goals` are shown) or a bare list of items or groups.
 *
 * @slot - Fallback content, shown until the goals have rendered and again if they fail.
 *
 * @event helse-data-error - The document could not be loaded or is invalid. `detail`: `{ reason, message, path?, status?, src? }`.
 *
 * @csspart base - The rendered list and its heading.
 * @csspart heading - The heading.
 * @csspart group-heading - The title of a group of goals.
 * @csspart list - The numbered list.
 * @csspart item - Every goal.
 * @csspart item-title - A goal's title.
 * @csspart item-description - A goal's description.
 * @csspart loading - The placeholder while loading (only without fallback content).
 * @csspart error - The error message (only without fallback content).
 * @csspart retry - The «Prøv igjen» button after a load failure.
 *
 * @tagname helse-goal-list
 */
export class HelseGoalList extends HelseDataElement<GoalListData> {
  static override styles = [tokens, buttons, contentStyles];

  static override properties: PropertyDeclarations = {
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /**
   * The heading. Without the attribute it is derived from the count («Fem strategiske mål»)
   * or the strategy's own `headings.goals`; `heading=""` shows none.
   */
  heading: string | undefined;

  /** Level of the heading (1–6), 2 unless set; group titles go one level deeper. */
  headingLevel?: number;

  protected get schema() {
    return goalListSchema;
  }

  protected renderContent(data: GoalListData) {
    const goals: Goals = Array.isArray(data) ? data : (data.goals ?? []);
    const level = clampLevel(this.headingLevel);
    const title =
      this.heading ??
      (!Array.isArray(data) && data.headings?.goals
        ? renderText(data.headings.goals, this.context)
        : goalsHeading(countGoals(goals), this.locale));
    return html`${title ? heading(level, title) : nothing} ${renderGoals(goals, this.context, level + 1)}`;
  }
}
