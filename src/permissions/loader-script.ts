/**
 * The loader as built (entrypoints/loader.ts): the manifest's content script on the supported
 * shops, and what "Always check this site" registers on a site the user adds.
 */
export const LOADER_SCRIPT = 'loader.js';
