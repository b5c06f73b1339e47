/**
 * Remembers the view a user chose (radar, bars or table) per element id, in `localStorage`. Storage may
 * be disabled, full or throw `SecurityError` in sandboxed frames: then nothing is remembered.
 */

export const RADAR_VIEWS = ['radar', 'bars', 'table'] as const;
export type RadarView = (typeof RADAR_VIEWS)[number];

const PREFIX = 'regin-widgets:radar-view:';

/** Whether `value` names a view. */
export function isRadarView(value: unknown): value is RadarView {
  return (RADAR_VIEWS as readonly unknown[]).includes(value);
}

/** The view remembered for element `id`, if any. */
export function recallView(id: string): RadarView | undefined {
  if (!id) return undefined;
  try {
    const v = globalThis.localStorage?.getItem(PREFIX + id);
    return isRadarView(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's choice for element `id` (no-op without an id or without storage). */
export function rememberView(id: string, view: RadarView): void {
  if (!id) return;
  try {
    globalThis.localStorage?.setItem(PREFIX + id, view);
  } catch {
    // storage unavailable: the choice lasts as long as the page
  }
}
