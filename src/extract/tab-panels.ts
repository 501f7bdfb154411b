import { readableText } from './read-text';

/**
 * The panel an accordion button, tab or `<summary>` opens. Accessible themes say so with ARIA;
 * many do not: their tabs are plain `div`s with a click handler and the panels sit elsewhere in
 * the page, tied to the tab only by the page's own attributes (a `data-tab` value, an Alpine.js
 * `$refs.name` in the click handler) or only by order (the second tab opens the second panel).
 */

const MAX_TAB_CLIMB = 3;
const MAX_GROUP_CLIMB = 4;
const MAX_GROUP_DEPTH = 3;
// Attributes whose value names the panel a tab opens ("#ingredients", "ingredients").
const REFERENCE_ATTRIBUTES = /^(?:href|data-[\w-]+|aria-owns)$/;
// Click handlers that name their panel: Alpine's $refs.tabContent2, a quoted id or #id.
const HANDLER_ATTRIBUTES = /^(?:@click|x-on:click|v-on:click|onclick|ng-click)/;
const HANDLER_REFERENCE = /\$refs\.([\w-]+)|['"`]#?([\w-]{3,})['"`]/g;
const TOKEN = /^#?([\w-]+)$/;
// A tab's state, not a panel's name: purish.com's tabs and panels all carry data-show="false".
const STATE = /^(?:true|false)$/i;

/** The element that stands for the tab: the label, or the clickable element around it. */
function tabOf(label: Element): Element {
  return label.closest('button, a, [role="tab"], [tabindex], [data-tab], [data-target]') ?? label;
}

/** The names a tab gives its panel in its own attributes. */
function referencesOf(tab: Element): string[] {
  const names = new Set<string>();
  for (let element: Element | null = tab, i = 0; element && i < 2; element = element.parentElement, i++) {
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? '';
      if (REFERENCE_ATTRIBUTES.test(attribute)) {
        const token = TOKEN.exec(value.trim())?.[1];
        if (token && token.length > 1 && !STATE.test(token)) names.add(token);
      } else if (HANDLER_ATTRIBUTES.test(attribute)) {
        for (const match of value.matchAll(HANDLER_REFERENCE)) names.add(match[1] ?? match[2] ?? '');
      }
    }
  }
  names.delete('');
  return [...names];
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Panels named by the tab's own attributes: by id, by Alpine's x-ref, or by the same data attribute. */
function panelsByReference(tab: Element, document: Document): Element[] {
  const found: Element[] = [];
  const names = referencesOf(tab);
  if (!names.length) return found;
  const dataNames = tab.getAttributeNames().filter((name) => name.startsWith('data-'));
  // Other tabs carry the same attributes ("data-action=toggle-collapsible"); they are not panels.
  const isTabLike = (element: Element): boolean =>
    element.tagName === tab.tagName && element.classList.item(0) === tab.classList.item(0);
  // One search of the page for every name the tab gives.
  const selectors = names.flatMap((name) => {
    const quoted = cssString(name);
    return [
      `[x-ref=${quoted}]`,
      `[data-tab-content=${quoted}]`,
      `[data-content=${quoted}]`,
      `[data-panel=${quoted}]`,
      ...dataNames.map((attribute) => `[${attribute}=${quoted}]`),
    ];
  });
  const byId = names.map((name) => document.getElementById(name));
  for (const candidate of [...byId, ...document.querySelectorAll(selectors.join(', '))]) {
    if (!candidate || candidate.contains(tab) || tab.contains(candidate) || isTabLike(candidate)) continue;
    if (!found.includes(candidate)) found.push(candidate);
  }
  // A container that holds another named panel (Alpine's $refs.tabContainer) is not the panel.
  return found.filter((panel) => !found.some((other) => other !== panel && panel.contains(other)));
}

/** The siblings that are tabs like this one: the same tag and, where it has classes, its first class. */
function likeSiblings(element: Element): Element[] {
  const parent = element.parentElement;
  if (!parent) return [];
  const first = element.classList.item(0);
  return [...parent.children].filter(
    (sibling) => sibling.tagName === element.tagName && (!first || sibling.classList.contains(first)),
  );
}

/**
 * The panel at the tab's own position in the first group of as many panels after the tab strip:
 * the strip's following siblings, or theirs at a few levels up, or a wrapper a few levels inside them.
 */
function panelByOrder(label: Element): Element | null {
  const own = readableText(label);
  let tab: Element | null = label;
  let tabs: Element[] = [];
  for (let climb = 0; tab && climb <= MAX_TAB_CLIMB; climb++, tab = tab.parentElement) {
    // A tab is a title, not a title with its panel inside.
    if (readableText(tab) !== own) return null;
    tabs = likeSiblings(tab);
    if (tabs.length >= 2) break;
  }
  const strip = tab?.parentElement;
  // Only a strip of nothing but tabs: headings between their own panels are not tabs.
  if (!tab || !strip || tabs.length < 2 || tabs.length !== strip.children.length) return null;
  const index = tabs.indexOf(tab);
  let level: Element | null = strip;
  for (let climb = 0; level && climb < MAX_GROUP_CLIMB; climb++, level = level.parentElement) {
    for (let next = level.nextElementSibling; next; next = next.nextElementSibling) {
      const group = groupOf(next, tabs.length, 0);
      if (group) return group[index] ?? null;
    }
  }
  return null;
}

/** Panels one for each tab: an element whose like children are as many as the tabs. */
function groupOf(element: Element, count: number, depth: number): Element[] | null {
  const first = element.firstElementChild;
  if (first) {
    const like = likeSiblings(first);
    if (like.length === count && like.length === element.children.length) return like;
  }
  if (depth >= MAX_GROUP_DEPTH || element.children.length !== 1 || !first) return null;
  return groupOf(first, count, depth + 1);
}

/**
 * The panels an accordion button, tab or `<summary>` opens, in the order to try them: the rest of
 * its `<details>`, the element its `aria-controls` names, a panel `aria-labelledby` it, panels its
 * own attributes name, then the panel at its position after the tab strip. Empty when it opens none.
 */
export function panelsOpenedBy(label: Element, document: Document): Element[] {
  const summary = label.closest('summary');
  if (summary?.parentElement?.tagName === 'DETAILS') {
    return [...summary.parentElement.children].filter((child) => child !== summary);
  }
  const id = label.closest('[aria-controls]')?.getAttribute('aria-controls');
  const controlled = id ? document.getElementById(id) : null;
  if (controlled) return [controlled];
  const tab = tabOf(label);
  const labelledId = tab.id || label.id;
  const labelled = labelledId
    ? [...document.querySelectorAll(`[aria-labelledby~=${cssString(labelledId)}]`)].filter(
        (panel) => !panel.contains(tab),
      )
    : [];
  if (labelled.length) return labelled;
  const named = panelsByReference(tab, document);
  if (named.length) return named;
  const byOrder = panelByOrder(label);
  return byOrder ? [byOrder] : [];
}
