import type { SiteAdapter } from '../types';
import { sephora } from './sephora';

/**
 * The shop layouts, tried in this order before the generic reading. Adding a shop is one file in
 * this folder and one line here.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [sephora];
