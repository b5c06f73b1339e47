/**
 * The box a story's widget sits in: its width set through CSSOM, as a host page's layout would (no
 * `style="…"` strings, which the strict CSP the widgets support would block).
 */
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';

export const box = (width: number, content: TemplateResult) =>
  html`<div ${ref((el) => el && ((el as HTMLElement).style.maxWidth = `${width}px`))}>${content}</div>`;
