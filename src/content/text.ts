import { html } from 'lit';
import { localeFromTag, type Locale } from '../core/resolve-locale.js';

/** Per-locale text, as editors write it in JSON. */
export type LocalizedText = { nb?: string; nn?: string; en?: string };

/** A plain string, or the same text per locale. */
export type Text = string | LocalizedText;

/** The text in `locale`, else bokmål, else any language the document has. */
export function resolveText(text: Text | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] || text.nb || text.nn || text.en || '';
}

/**
 * What rendering text needs: the page's locale, and the language a document's
 * plain strings are written in (its `lang`, any tag, mapped like a `lang` attribute), if it says.
 */
export interface TextContext {
  locale: Locale;
  documentLang?: string | undefined;
}

/** The locale a text is actually shown in, so content can carry the right `lang`. */
export function textLocale(text: Text | undefined, { locale, documentLang }: TextContext): Locale {
  if (typeof text === 'string') return documentLang === undefined ? locale : localeFromTag(documentLang);
  if (text === undefined || text[locale]) return locale;
  return text.nb ? 'nb' : text.nn ? 'nn' : 'en';
}

/**
 * Text for a template. When it is in another language than the page's (a
 * fallback, or a document in another language), it is marked with that
 * `lang`, so screen readers pronounce it right.
 */
export function renderText(text: Text | undefined, context: TextContext) {
  const value = resolveText(text, context.locale);
  const shown = textLocale(text, context);
  return shown === context.locale ? value : html`<span lang=${shown}>${value}</span>`;
}
