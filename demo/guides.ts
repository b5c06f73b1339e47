/** The guides page: the theme chosen on the demo page (the page has no widgets). */
import { applyStoredTheme } from './theme.js';

applyStoredTheme();
