import { defineElement } from '../../shared/define.js';
import { HelseStrategy } from './strategy.js';

defineElement('helse-strategy', HelseStrategy);

declare global {
  interface HTMLElementTagNameMap {
    'helse-strategy': HelseStrategy;
  }
}
