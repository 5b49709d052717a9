import { html } from 'lit';
import { msg, str } from '../core/lit-localize.js';
import type { Locale } from '../core/resolve-locale.js';
import { capitalize, countWord } from './number-words.js';
import { renderText, type TextContext } from './text.js';
import type { Item } from './schemas/common.js';
import { isGrouped, type GoalGroup } from './schemas/strategy.js';
import { heading } from './heading.js';
import { renderItemList } from './items.js';

export type Goals = Item[] | GoalGroup[];

export function countGoals(goals: Goals): number {
  return isGrouped(goals) ? goals.reduce((sum, group) => sum + group.items.length, 0) : goals.length;
}

/** «Fem strategiske mål», «Ett strategisk mål», «Five strategic goals». */
export function goalsHeading(count: number, locale: Locale): string {
  if (count === 1) return msg('Ett strategisk mål');
  return capitalize(msg(str`${countWord(count, locale)} strategiske mål`));
}

/** Goals as one numbered list, or under their group titles with numbering carried on. */
export function renderGoals(goals: Goals, context: TextContext, groupLevel: number) {
  if (!isGrouped(goals)) return renderItemList(goals, context);
  let start = 1;
  return goals.map((group) => {
    const list = renderItemList(group.items, context, start);
    start += group.items.length;
    return html`<div part="goal-group" class="goal-group">
      ${heading(groupLevel, renderText(group.title, context), 'group-heading')} ${list}
    </div>`;
  });
}
