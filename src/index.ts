/**
 * regin-widgets: registers all four elements and re-exports their classes, the event types and the
 * feed types.
 */
export type * from './feed/types.js';
export type * from './core/events.js';
export { VERSION } from './version.js';
