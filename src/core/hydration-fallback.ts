import { LitElement, type PropertyValues } from 'lit';

/**
 * A server rendering by another version of helse-widgets (pasted into a page before the site updated its bundle)
 * has other templates, and Lit's hydration stops at the first difference with an error, leaving the element dead.
 * Such an element renders anew over it instead, keeping the rendering's styles (hydration adopts none), and says so.
 */
const hydratingUpdate = LitElement.prototype['update'];
LitElement.prototype['update'] = function (this: LitElement, changed: PropertyValues) {
  // Only a first update over a server rendering hydrates: a shadow root Lit made itself is empty until then.
  if (this.hasUpdated || !this.renderRoot.hasChildNodes()) return hydratingUpdate.call(this, changed);
  try {
    hydratingUpdate.call(this, changed);
  } catch (error) {
    console.warn(
      `helse-widgets: <${this.localName}> was rendered on the server by another version; rendering it anew.`,
      error,
    );
    this.renderRoot.replaceChildren(...this.renderRoot.querySelectorAll('style'));
    // Lit's hydration support has marked the element hydrated: this renders.
    hydratingUpdate.call(this, changed);
  }
};
