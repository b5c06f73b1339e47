/**
 * Names for ids nobody has translated. Dates, periods and amounts come from the element's
 * `LocaleController` (`i18n.period`, `i18n.currency`), which formats them for the widget's language.
 * DOM-free.
 */

/** An id nobody has named, made readable: `social-security` → "Social security"; `ESF+` stays. */
export function humanise(id: string): string {
  const words = id
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .trim();
  if (words === '') return id;
  if (/[A-Z]/.test(id.slice(1)) && !/[a-z][A-Z]/.test(id)) return words; // acronyms keep their case
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
