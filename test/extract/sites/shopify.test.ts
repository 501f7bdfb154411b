import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { SITE_ADAPTERS } from '../../../src/extract/sites/index';
import { shopify } from '../../../src/extract/sites/shopify';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

const ACCORDION = 'shopify: theme accordion or tab';

describeShop('shopify', [
  {
    name: 'Dawn collapsible rows: "Full ingredients" after "Key ingredients", variant from ?variant=',
    fixture: 'shopify/dawn-retinol-serum.html',
    url: 'https://lumiereskin.com/products/overnight-retinol-serum?variant=44110000000002',
    source: ACCORDION,
    first: 'Aqua/Water/Eau',
    last: 'Citric Acid',
    product: {
      title: 'Overnight Retinol Serum',
      brand: 'Lumière Skin',
      category: 'Serum',
      type: 'serum',
      variant: '50 ml',
    },
    findings: ['retinoid:Retinol'],
    notInList: ['Retinol 0.3%', 'Glycolic Acid', 'Lactic Acid'],
  },
  {
    name: 'Dawn collapsible row holding a rich-text metafield: a clean moisturiser',
    fixture: 'shopify/dawn-clean-moisturizer.html',
    url: 'https://kindredbotanics.com/products/barrier-cloud-cream',
    source: ACCORDION,
    first: 'Water',
    last: 'Tocopherol',
    product: {
      title: 'Barrier Cloud Cream',
      brand: 'Kindred Botanics',
      category: 'Moisturizer',
      type: 'moisturiser',
      variant: null,
    },
    findings: [],
    notInList: ['Retinyl Palmitate', 'Salicylic Acid', 'Oat Kernel Extract\n'],
  },
  {
    name: 'tabbed sectioned theme (ul.tabs links to #tab-N), ProductJson: a benzoyl peroxide gel',
    fixture: 'shopify/tabs-bpo-spot-gel.html',
    url: 'https://northwellapothecary.com/products/clear-dot-spot-gel',
    source: ACCORDION,
    first: 'Benzoyl Peroxide',
    last: 'Phenoxyethanol',
    product: {
      title: 'Clear Dot Spot Gel',
      brand: 'Northwell Apothecary',
      category: 'Acne Treatment',
      variant: '15 ml',
    },
    findings: ['benzoyl-peroxide:Benzoyl Peroxide'],
    notInList: ['salicylic', 'Retinol', 'Apply a thin layer'],
  },
  {
    name: 'accessible tabs (role=tab, aria-controls), data-product-json: a glycolic toner',
    fixture: 'shopify/tabs-aria-glycolic-toner.html',
    url: 'https://solsticeskin.eu/collections/toners/products/glow-tonic',
    source: ACCORDION,
    first: 'Aqua (Water)',
    last: 'Potassium Sorbate',
    product: {
      title: 'Glow Tonic 7% Glycolic Acid Toner',
      brand: 'Solstice Skin',
      category: 'Toner',
      type: 'toner',
      variant: null,
    },
    findings: ['aha:Glycolic Acid'],
    notInList: ['Retinal', 'Free shipping', 'Key ingredients'],
  },
  {
    name: 'Impulse collapsible trigger (aria-controls panel): a tinted sunscreen, variant by id',
    fixture: 'shopify/impulse-collapsible-sunscreen.html',
    url: 'https://coastlineskincare.com/products/daily-veil-tinted-sunscreen-spf-40?variant=62002',
    source: ACCORDION,
    first: 'Zinc Oxide',
    last: 'Phenoxyethanol',
    product: {
      title: 'Daily Veil Tinted Sunscreen SPF 40',
      brand: 'Coastline Skincare',
      type: 'sunscreen',
      variant: 'Medium',
    },
    findings: ['aha:Lactic Acid'],
    notInList: ['Retinol', 'Reef-friendly'],
  },
  {
    name: 'Prestige collapsible (button then Collapsible__Inner), selected_variant_id: a peel',
    fixture: 'shopify/prestige-collapsible-peel.html',
    url: 'https://atelierderm.com/products/midnight-resurfacing-peel',
    source: ACCORDION,
    first: 'Water',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Midnight Resurfacing Peel',
      brand: 'Atelier Derm',
      category: 'Peel',
      type: 'exfoliant',
      variant: '50 ml',
    },
    findings: ['aha:Glycolic Acid', 'bha:Salicylic Acid'],
    notInList: ['Retinal', 'Once a week'],
  },
  {
    name: 'description block with "<strong>Ingredients:</strong> …": a retinyl palmitate cream',
    fixture: 'shopify/description-inline-night-cream.html',
    url: 'https://fernwoodandco.com/products/restore-night-cream',
    source: 'shopify: product description',
    first: 'Aqua',
    last: 'Dehydroacetic Acid',
    product: { title: 'Restore Night Cream', brand: 'Fernwood & Co.', type: 'moisturiser' },
    findings: ['retinoid:Retinyl Palmitate'],
    notInList: ['evening primrose oil, shea butter', 'Glycolic', 'lactic', 'Massage'],
  },
  {
    name: 'full description only in the product JSON (<h5>Ingredients</h5>): a lip mask',
    fixture: 'shopify/json-description-lip-mask.html',
    url: 'https://petaltheory.com/products/berry-sleep-lip-mask',
    source: 'shopify: product data',
    first: 'Diisostearyl Malate',
    last: 'CI 15850',
    product: {
      title: 'Berry Sleep Lip Mask',
      brand: 'Petal Theory',
      category: 'Lip Care',
      type: 'lip-care',
      variant: null,
    },
    findings: ['fragrance:Parfum (Fragrance)'],
    notInList: ['raspberry seed oil, vitamin C', 'Lactic Acid', 'generous layer'],
  },
  {
    name: 'Alpine.js tabs without ARIA (div.tab-title, panels by x-ref), blurbs before the list in one metafield',
    fixture: 'shopify/alpine-tabs-kombucha-essence.html',
    url: 'https://www.seoulcupid.example/products/haneul-fermented-black-tea-essence',
    source: ACCORDION,
    first: 'Camellia Sinensis Leaf Water / Aqua',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Fermented Black Tea Essence (150ml)',
      brand: 'HANEUL',
      category: 'Essence',
      type: 'toner',
      breadcrumbs: ['Home', 'ALL KOREAN SKINCARE', 'Fermented Black Tea Essence (150ml)'],
    },
    findings: ['bha:Salix Alba (Willow) Bark Extract'],
    notInList: ['Rich in polyphenols', 'unclogs', 'subject to change', 'How to use', 'Dispense'],
    also: (read) => expect(read.listElement?.getAttribute('x-ref')).toBe('tabContent2'),
  },
  {
    name: 'tabs titled with an emoji ("🌱 Ingredients"), panels by order, every tab and panel data-show="false"; mobile copy with a "+"',
    fixture: 'shopify/emoji-tabs-state-attributes.html',
    url: 'https://www.purish.example/en/products/lumen-velvet-setting-powder-translucent',
    source: 'generic: heading',
    first: 'Aluminum Starch Octenylsuccinate',
    last: 'CI 77891 (Titanium Dioxide)',
    product: { title: 'Velvet Setting Powder Translucent', type: 'makeup' },
    findings: ['retinoid:Retinyl Palmitate'],
    notInList: ['with the code', 'Press a little powder', '+'],
    also: (read) => expect(read.listElement?.className).toBe('tab-item'),
  },
  {
    name: 'the list only in JSON-LD Product.description after "Full ingredients:", beside an SEO app\'s second Product block',
    fixture: 'shopify/json-ld-description-full-ingredients.html',
    url: 'https://fieldnotebotanicals.example/products/overnight-renewal-oil',
    source: 'generic: structured data',
    first: 'Caprylic/Capric Triglyceride',
    last: 'Helianthus Annuus (Sunflower) Seed Oil',
    product: { title: 'Overnight Renewal Oil', brand: 'Fieldnote Botanicals', category: 'Face Oil' },
    findings: ['retinoid:Retinyl Palmitate'],
    notInList: ['Key ingredients', 'dry-touch', 'tretinoin'],
    notRead: ['Bakuchiol, Rosehip Seed Oil', 'Press 3 drops into clean skin at night'],
  },
  {
    name: 'description with marketing bullets under "Inhaltsstoffe:" and the list under "Vollständige Liste der Inhaltsstoffe:"',
    fixture: 'shopify/description-bullets-then-full-list-de.html',
    url: 'https://hautsache-berlin.example/products/feuchtigkeitsserum-milchsaeure',
    source: 'shopify: product description',
    first: 'Aqua',
    last: 'Ethylhexylglycerin',
    product: { title: 'Feuchtigkeitsserum mit Milchsäure', brand: 'Hautsache Berlin', type: 'serum' },
    findings: ['aha:Lactic Acid'],
    notInList: ['spendet', 'Hyaluronsäure', 'Anwendung', 'Retinol'],
  },
  {
    name: 'a collection page of a Shopify store is not a product',
    fixture: 'shopify/dawn-collection.html',
    url: 'https://lumiereskin.com/collections/serums',
    listing: true,
  },
]);

describe('Shopify stores', () => {
  test('the opened panel is the element highlighted', () => {
    const read = readPage(
      fixturePage('shopify/dawn-retinol-serum.html'),
      'https://lumiereskin.com/products/overnight-retinol-serum',
      [shopify],
    );
    expect(read.listElement?.id).toBe('ProductAccordion-collapsible_tab_inci-template--1998__main');
    // Without ?variant= the Dawn picker's checked option names the variant.
    expect(read.scan.product?.variant).toBe('50 ml');
  });

  test('a page without Shopify markup reads as nothing, whatever its URL', () => {
    const page = fixturePage('sephora/retinol-serum-accordion.html');
    const reading = shopify.extract(page, new URL('https://www.sephora.com/products/night-retinol-serum'));
    expect(reading).toEqual({ isProductPage: false, list: null, facts: {} });
    expect(shopify.matches(new URL('https://any-brand.example/products/x'))).toBe(true);
    // The generic reading still serves the page; nothing is attributed to Shopify.
    const { scan } = readPage(
      fixturePage('sephora/retinol-serum-accordion.html'),
      'https://www.sephora.com/product/x-P1',
      SITE_ADAPTERS,
    );
    expect(scan.list?.source).not.toMatch(/^shopify/);
  });
});
