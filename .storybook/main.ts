import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Stories live in stories/ (one file per element, written beside the element). Docs pages come from
 * custom-elements.json (see preview.ts). Everything is served locally: no fonts or scripts from a CDN.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/web-components-vite',
    // The library's vite.config.ts describes the library builds; Storybook gets its own, minimal one.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The built-in feed and the geometry are modules (src/assets.ts): Storybook bundles them like any code.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
