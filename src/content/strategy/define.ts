import { defineElement } from '../../core/define.js';
import { HelseStrategy } from './strategy.js';

defineElement('helse-strategy', HelseStrategy);

declare global {
  interface HTMLElementTagNameMap {
    'helse-strategy': HelseStrategy;
  }
}
