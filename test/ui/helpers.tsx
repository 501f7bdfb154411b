import { act } from 'preact/test-utils';

/** Lets effects, storage reads and re-renders run. */
export const settle = async (ms = 30): Promise<void> => {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
};

/** Text content with whitespace collapsed. */
export const textOf = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button whose text is `name`, or a failed test saying there is none. */
export function buttonNamed(within: Element, name: string): HTMLButtonElement {
  const button = [...within.querySelectorAll('button')].find((b) => textOf(b) === name);
  if (!button) throw new Error(`no button "${name}" in ${textOf(within).slice(0, 200)}`);
  return button;
}

/** Types into an input, select or textarea as the browser does (value, then input and change). */
export function typeInto(element: Element | null, value: string): void {
  if (!(
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  ))
    throw new Error('no field');
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
