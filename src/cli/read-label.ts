export const MAX_LABEL_BYTES = 1024 * 1024;

export type LabelRead = { ok: true; text: string } | { ok: false; error: string };

/**
 * Decides whether file contents are a label we can read: text, UTF-8, at most 1 MB. A real
 * label is a few kilobytes; anything far larger or binary is the wrong file.
 */
export function labelFromBytes(bytes: Uint8Array): LabelRead {
  if (bytes.length > MAX_LABEL_BYTES) {
    return { ok: false, error: `larger than 1 MB (${bytes.length} bytes); an ingredient list is a few kB` };
  }
  if (bytes.includes(0)) return { ok: false, error: 'binary data, not a text file' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, error: 'not UTF-8 text' };
  }
}
