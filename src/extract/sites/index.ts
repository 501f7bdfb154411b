import type { SiteAdapter } from '../types';
import { amazon } from './amazon';
import { boots } from './boots';
import { iherb } from './iherb';
import { sephora } from './sephora';
import { shopify } from './shopify';
import { target } from './target';
import { thg } from './thg';
import { ulta } from './ulta';
import { walmart } from './walmart';
import { yesstyle } from './yesstyle';

/**
 * The shop layouts, tried in this order before the generic reading. Adding a shop is one file in
 * this folder and one line here (and its hosts and search in shops.ts). Shopify comes last: it
 * recognises stores by their markup, on any domain.
 */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  sephora,
  amazon,
  walmart,
  target,
  ulta,
  boots,
  thg,
  iherb,
  yesstyle,
  shopify,
];
