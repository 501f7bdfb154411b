/**
 * A watch on every DOM API that turns a string into markup: while it is installed, any call to
 * one of them is recorded (and still performed). The extension must never hand page text to any
 * of these, so a scan or a highlight that records a call is writing text as HTML.
 */
export interface HtmlSinkWatch {
  /** The sinks called while the watch was installed, in order ("Element.innerHTML", …). */
  calls: string[];
  restore(): void;
}

type Sink = { owner: string; key: string };

const SINKS: readonly Sink[] = [
  { owner: 'Element', key: 'innerHTML' },
  { owner: 'Element', key: 'outerHTML' },
  { owner: 'Element', key: 'insertAdjacentHTML' },
  { owner: 'Element', key: 'setHTMLUnsafe' },
  { owner: 'ShadowRoot', key: 'innerHTML' },
  { owner: 'ShadowRoot', key: 'setHTMLUnsafe' },
  { owner: 'Document', key: 'write' },
  { owner: 'Document', key: 'writeln' },
  { owner: 'Range', key: 'createContextualFragment' },
  { owner: 'DOMParser', key: 'parseFromString' },
];

/** Where on a prototype chain a property is defined. */
function definer(proto: object, key: string): { at: object; descriptor: PropertyDescriptor } | null {
  for (let at: object | null = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, key);
    if (descriptor) return { at, descriptor };
  }
  return null;
}

export function watchHtmlSinks(scope: object = globalThis): HtmlSinkWatch {
  const calls: string[] = [];
  const undo: (() => void)[] = [];
  for (const { owner, key } of SINKS) {
    const ctor = (scope as Record<string, unknown>)[owner] as { prototype?: object } | undefined;
    if (!ctor?.prototype) continue;
    const found = definer(ctor.prototype, key);
    if (!found) continue;
    const { at, descriptor } = found;
    const name = `${owner}.${key}`;
    const patched: PropertyDescriptor = { ...descriptor };
    if (typeof descriptor.value === 'function') {
      const original = descriptor.value as (...args: unknown[]) => unknown;
      patched.value = function (this: unknown, ...args: unknown[]) {
        calls.push(name);
        return original.apply(this, args);
      };
    } else if (descriptor.set) {
      const set = descriptor.set;
      patched.set = function (this: unknown, value: unknown) {
        calls.push(name);
        set.call(this, value);
      };
    } else continue;
    Object.defineProperty(at, key, patched);
    undo.push(() => Object.defineProperty(at, key, descriptor));
  }
  return {
    calls,
    restore: () => {
      for (const step of undo.reverse()) step();
    },
  };
}

/** Every node under a root (elements, text, comments), counted without building a list. */
export function nodeCount(root: Node, what = 0xffffffff): number {
  const document = root.ownerDocument ?? (root as Document);
  const walker = document.createTreeWalker(root, what);
  let n = 1;
  while (walker.nextNode()) n++;
  return n;
}

/** Elements only. */
export const elementCount = (root: Node): number => nodeCount(root, 1);
