/**
 * Where the content script runs: the supported shops. Each adapter in this folder reads one of
 * these layouts; Shopify brand stores live on their own domains, so only their myshopify.com
 * addresses can be listed here.
 */
export const SHOP_MATCHES: readonly string[] = [
  'https://*.sephora.com/*',
  'https://*.sephora.ca/*',
  'https://*.ulta.com/*',
  'https://*.boots.com/*',
  'https://*.boots.ie/*',
  // THG: LookFantastic (country sites), Cult Beauty, Dermstore, SkinStore and sister shops.
  'https://*.lookfantastic.com/*',
  'https://*.lookfantastic.co.uk/*',
  'https://*.lookfantastic.fr/*',
  'https://*.lookfantastic.de/*',
  'https://*.lookfantastic.es/*',
  'https://*.lookfantastic.it/*',
  'https://*.lookfantastic.nl/*',
  'https://*.lookfantastic.se/*',
  'https://*.lookfantastic.dk/*',
  'https://*.lookfantastic.ie/*',
  'https://*.lookfantastic.jp/*',
  'https://*.cultbeauty.co.uk/*',
  'https://*.cultbeauty.com/*',
  'https://*.dermstore.com/*',
  'https://*.skinstore.com/*',
  'https://*.mankind.co.uk/*',
  'https://*.hqhair.com/*',
  'https://*.beautyexpert.com/*',
  'https://*.espaskincare.com/*',
  'https://*.iherb.com/*',
  'https://*.yesstyle.com/*',
  'https://*.myshopify.com/*',
];
