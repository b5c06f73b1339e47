import { defineConfig } from 'vite';

// Storybook's Vite settings. Legacy decorators come from tsconfig.json (experimentalDecorators).
export default defineConfig({
  publicDir: false,
  build: { target: 'es2022' },
});
