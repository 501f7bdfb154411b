/** The largest plain label read: a real one is a few kilobytes. */
export const MAX_LABEL_BYTES = 1024 * 1024;
/** The largest saved page read: real Amazon, iHerb and Shopify product pages are 1–4 MB. */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;

export type LabelRead = { ok: true; text: string } | { ok: false; error: string };

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i;

/**
 * Whether a file is a web page rather than a bare label: an .html name, or text that opens like
 * one (read from its first bytes, so the size limit can depend on it before the whole is decoded).
 */
export function isPage(file: string, start: string): boolean {
  return /\.html?$/i.test(file) || HTML_START.test(start);
}

/**
 * Decides whether file contents are a label or a saved page we can read: text, UTF-8, at most
 * 1 MB for a label and 20 MB for a page. Anything larger, or binary, is the wrong file.
 */
export function labelFromBytes(bytes: Uint8Array, file = ''): LabelRead {
  const page = isPage(file, new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)));
  const [limit, what] = page
    ? [MAX_PAGE_BYTES, '20 MB (%n bytes); a saved product page is a few MB']
    : [MAX_LABEL_BYTES, '1 MB (%n bytes); an ingredient list is a few kB'];
  if (bytes.length > limit)
    return { ok: false, error: `larger than ${what.replace('%n', String(bytes.length))}` };
  if (bytes.includes(0)) return { ok: false, error: 'binary data, not a text file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not UTF-8 text' };
  }
}
