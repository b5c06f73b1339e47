/**
 * Guarded registration: loading the library twice (two script tags, or a script tag plus an npm
 * bundle) must not throw. The same version registers once silently; another version already
 * registered gets one console warning and keeps the first definition.
 */
import { VERSION } from '../version.js';

const VERSION_KEY = Symbol.for('regin-widgets.version');

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { [VERSION_KEY]?: string }) | undefined;
  if (existing) {
    const version = existing[VERSION_KEY];
    if (version !== VERSION) {
      console.warn(
        `regin-widgets: <${tag}> is already defined by ${version ? `version ${version}` : 'another script'}; ` +
          `version ${VERSION} is not registered again.`,
      );
    }
    return;
  }
  Object.defineProperty(ctor, VERSION_KEY, { value: VERSION });
  customElements.define(tag, ctor);
}
