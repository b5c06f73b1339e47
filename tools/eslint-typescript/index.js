// typescript-eslint, resolved next to its own TypeScript 5.9 (its parser calls the compiler API, which the
// project's TypeScript 7 does not have). eslint.config.js imports typescript-eslint from here.
export { default } from 'typescript-eslint';
