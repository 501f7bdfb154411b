import { describe, expect, test } from 'vitest';
import { readPage } from '../../../src/extract/page-scan';
import { yesstyle } from '../../../src/extract/sites/yesstyle';
import { fixturePage } from '../fixture';
import { describeShop } from './describe-shop';

describeShop('yesstyle', [
  {
    name: 'pages-router build, __NEXT_DATA__ product: a clean snail essence',
    fixture: 'yesstyle/nextdata-snail-essence.html',
    url: 'https://www.yesstyle.com/en/miraedam-snail-repair-92-essence-100ml/info.html/pid.1130955511',
    source: 'yesstyle: product data',
    first: 'Snail Secretion Filtrate',
    last: 'Ethylhexylglycerin',
    product: {
      title: 'Snail Repair 92 Essence 100ml',
      brand: 'MIRAEDAM',
      type: 'toner',
      variant: null,
      breadcrumbs: ['Beauty', 'Skin Care', 'Essences'],
    },
    findings: [],
    notInList: ['Glycolic Acid', 'Salicylic Acid', 'Retinol'],
  },
  {
    name: 'pages-router build, "Major Ingredients" accordion: a retinal booster',
    fixture: 'yesstyle/accordion-retinal-booster.html',
    url: 'https://www.yesstyle.com/en/velvetique-vita-a-retinal-shot-booster-15ml/info.html/pid.1130946339',
    source: 'yesstyle: ingredients section',
    first: 'Water',
    last: 'Phenoxyethanol',
    product: {
      title: 'Vita-A Retinal Shot Booster 15ml',
      brand: 'Velvetique',
      type: 'serum',
      breadcrumbs: ['Beauty', 'Skin Care', 'Face Serums'],
    },
    findings: ['retinoid:Retinal', 'aha:Lactic Acid'],
    notInList: ['Benzoyl Peroxide', 'Peptide complex', 'Retinal 0.1%'],
  },
  {
    name: 'module-class build, "Ingredients" accordion and the selected shade: a cushion',
    fixture: 'yesstyle/module-build-cushion-shade.html',
    url: 'https://www.yesstyle.com/en/hanul-beauty-cover-glow-cushion-spf-50-pa-3-colors/info.html/pid.1129876543',
    source: 'yesstyle: ingredients section',
    first: 'Water',
    last: 'CI 77491',
    product: {
      title: 'Cover Glow Cushion SPF 50+ PA++++ - 3 Colors',
      brand: 'Hanul Beauty',
      type: 'makeup',
      variant: '#21 Light Beige',
      breadcrumbs: ['Beauty', 'Face', 'Cushion Compacts'],
    },
    findings: ['retinoid:Retinyl Palmitate'],
    notInList: ['Glycolic Acid', 'Porcelain'],
  },
  {
    name: 'module-class build, long Japanese list in a <p>: a salicylic acid lotion',
    fixture: 'yesstyle/module-build-bha-toner.html',
    url: 'https://www.yesstyle.com/en/kiyora-lab-clear-skin-lotion-200ml/info.html/pid.1099887766',
    source: 'yesstyle: ingredients section',
    first: 'Water',
    last: 'Citric Acid',
    product: { title: 'Clear Skin Lotion 200ml', brand: 'Kiyora Lab', type: 'toner' },
    findings: ['drying-alcohol:Alcohol', 'bha:Salicylic Acid'],
    notInList: ['Retinol', 'Lactic Acid', 'cotton pad'],
  },
  {
    name: 'a category list is not a product',
    fixture: 'yesstyle/category-list.html',
    url: 'https://www.yesstyle.com/en/beauty-face-serums/list.html/bcc.15556_bpt.46',
    listing: true,
  },
]);

describe('YesStyle', () => {
  test('the accordion content is the element highlighted; product data still marks it', () => {
    const accordion = readPage(
      fixturePage('yesstyle/accordion-retinal-booster.html'),
      'https://www.yesstyle.com/en/velvetique-vita-a-retinal-shot-booster-15ml/info.html/pid.1130946339',
      [yesstyle],
    );
    expect(accordion.listElement?.className).toContain('accordionContent');
    const data = readPage(
      fixturePage('yesstyle/nextdata-snail-essence.html'),
      'https://www.yesstyle.com/en/miraedam-snail-repair-92-essence-100ml/info.html/pid.1130955511',
      [yesstyle],
    );
    expect(data.listElement?.textContent).toContain('Snail Secretion Filtrate');
  });

  test('a search address is not a product, whatever the page holds', () => {
    const search = yesstyle.extract(
      fixturePage('yesstyle/accordion-retinal-booster.html'),
      new URL('https://www.yesstyle.com/en/list.html?q=retinal'),
    );
    expect(search.isProductPage).toBe(false);
  });

  test('matches yesstyle.com hosts only', () => {
    expect(yesstyle.matches(new URL('https://www.yesstyle.com/en/x/info.html/pid.1'))).toBe(true);
    expect(yesstyle.matches(new URL('https://yesstyle.com/fr/x/info.html/pid.1'))).toBe(true);
    expect(yesstyle.matches(new URL('https://yesstyle.com.example/en/x/info.html/pid.1'))).toBe(false);
  });
});
