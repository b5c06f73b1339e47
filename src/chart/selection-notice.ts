/**
 * The notice a chart shows when it does not simply follow the group selection (the region has no
 * scores, or the comparison is full), with the one control that lets the person act on it. Strings
 * arrive translated; region names are bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

export interface RegionChoice {
  readonly id: string;
  readonly name: string;
}

/** A labelled `<select>` of regions, with an optional button that applies the choice. */
export interface NoticeControl {
  readonly label: string;
  readonly choices: readonly RegionChoice[];
  readonly value: string;
  /** Without a button, choosing applies at once. */
  readonly button?: string;
  readonly onChoose: (id: string) => void;
}

/** A polite notice: one sentence, and a control when there is something to choose. */
export function selectionNotice(text: string, control?: NoticeControl): TemplateResult {
  const select = (e: Event) => (e.currentTarget as HTMLElement).closest('.selection-notice')!.querySelector('select')!;
  return html`<div class="notice selection-notice" part="notice" role="status">
    <p>${text}</p>
    ${control
      ? html`<p class="selection-choice">
          <label>
            ${control.label}
            <select .value=${live(control.value)} @change=${control.button ? nothing : (e: Event) => control.onChoose((e.target as HTMLSelectElement).value)}>
              ${control.choices.map((c) => html`<option value=${c.id} ?selected=${c.id === control.value}>${c.name}</option>`)}
            </select>
          </label>
          ${control.button
            ? html`<button type="button" @click=${(e: Event) => control.onChoose(select(e).value)}>${control.button}</button>`
            : nothing}
        </p>`
      : nothing}
  </div>`;
}
