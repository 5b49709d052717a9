/** The locales the library ships. `nb` is the source locale. */
export type Locale = 'nb' | 'nn' | 'en';

export const SOURCE_LOCALE: Locale = 'nb';

// The last tag mapped, and to what: a page has one or two, and every element maps its own as it connects.
let lastTag: string | null | undefined = null;
let lastLocale: Locale = 'nb';

/**
 * Maps any BCP 47 tag a CMS may write to one of our locales.
 * `no`/`nob`/`nb-*` → nb, `nn`/`nno`/`nn-*` → nn, `en`/`en-*` → en, anything else → nb
 * (the trusts' pages are Norwegian first).
 */
export function localeFromTag(tag: string | null | undefined): Locale {
  if (tag === lastTag) return lastLocale;
  // One match, not trim, lower-case and split by a pattern: every element runs this as it connects.
  const match = /^\s*(?:(nno?)|eng?)(?:[-_\s]|$)/i.exec((lastTag = tag) ?? '');
  return (lastLocale = match ? (match[1] ? 'nn' : 'en') : 'nb');
}

/**
 * The `lang` that applies to an element: its own or its nearest ancestor's,
 * crossing shadow-root boundaries, else `<html lang>`. Empty `lang=""` means
 * "unknown" in HTML, so it is skipped like a missing one.
 */
export function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    // Past a shadow root, its host. Other nodes without a parent have no `host`, or a link's (a string), which ends the walk too.
    node = node.parentNode ?? (node as ShadowRoot).host;
  }
  return document.documentElement.getAttribute('lang');
}

export function resolveLocale(element: Element): Locale {
  return localeFromTag(nearestLang(element));
}
