/**
 * The feed normaliser's public surface: {@link normaliseFeed} and the limits it applies. The code lives
 * in src/feed/normalise/, one module per concept (see feed.ts there for the rules).
 */
export { COLLECTION_LIMITS, NUMBER_LIMITS, TEXT_LIMITS } from './contract.js';
export { normaliseFeed } from './normalise/feed.js';
export { MIPEX_R_FRAMEWORK } from './normalise/mipex-r.js';
export { MAX_PROBLEMS } from './normalise/problems.js';
