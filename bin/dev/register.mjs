// `node --import ./bin/dev/register.mjs …`: lets Node run bin/ from the repository (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
