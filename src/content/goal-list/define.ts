import { defineElement } from '../../core/define.js';
import { HelseGoalList } from './goal-list.js';

defineElement('helse-goal-list', HelseGoalList);

declare global {
  interface HTMLElementTagNameMap {
    'helse-goal-list': HelseGoalList;
  }
}
