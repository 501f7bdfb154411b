import * as v from 'valibot';
import { issueProblem, type Problem } from '../storage/problem';
import { PROTOCOL_FORMAT, PROTOCOL_VERSION, type Protocol, ProtocolSchema } from './protocol-schema';

/**
 * A protocol as a file (its JSON) and as a printed code: the same JSON, compressed with the
 * platform's `CompressionStream('deflate-raw')` and base64url-encoded, after a prefix that names
 * the code's own format (`AL1:`). Everything is read here, in the browser: nothing is fetched.
 */

export const CODE_PREFIX = 'AL1:';
const CODE_PREFIX_PATTERN = /^AL(\d+):/;
// A protocol is a few kilobytes of JSON at most; more is no protocol (and no zip bomb is inflated).
const MAX_JSON_BYTES = 64 * 1024;

export type ProtocolProblem =
  | { code: 'empty' }
  /** Neither JSON nor a code: wrong characters, or no `AL1:` at the start. */
  | { code: 'not-a-code' }
  /** A code that does not inflate, or JSON that does not parse: cut short or mistyped. */
  | { code: 'damaged' }
  /** Valid JSON, but not a clinic protocol (a settings file, say). */
  | { code: 'not-a-protocol' }
  /** Written for a newer format version than this extension reads. */
  | { code: 'newer-version'; version: number }
  /** A protocol with a field out of bounds: which field, and what is wrong with it. */
  | { code: 'invalid'; problem: Problem };

export type ProtocolRead = { ok: true; protocol: Protocol } | { ok: false; problem: ProtocolProblem };

/** The protocol without the fields that only repeat the defaults, for the smallest code. */
function minimal(protocol: Protocol): Record<string, unknown> {
  const { windows, avoid, whenToCall, ...rest } = protocol;
  return {
    ...rest,
    ...(Object.keys(windows).length ? { windows } : {}),
    ...(avoid.length ? { avoid } : {}),
    ...(whenToCall.length ? { whenToCall } : {}),
  };
}

/** The protocol as a file: readable, indented JSON. */
export function protocolJson(protocol: Protocol): string {
  return `${JSON.stringify(minimal(protocol), null, 2)}\n`;
}

async function through(
  stream: CompressionStream | DecompressionStream,
  bytes: Uint8Array,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises only must not go unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_JSON_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The protocol as a short code to print or paste: `AL1:` and the compressed JSON in base64url. */
export async function protocolCode(protocol: Protocol): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(minimal(protocol)));
  return CODE_PREFIX + toBase64Url(await through(new CompressionStream('deflate-raw'), json));
}

/** Checks a parsed value: a protocol of this version, or the problem with it. */
export function checkProtocol(value: unknown): ProtocolRead {
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== PROTOCOL_FORMAT
  )
    return { ok: false, problem: { code: 'not-a-protocol' } };
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > PROTOCOL_VERSION)
    return { ok: false, problem: { code: 'newer-version', version } };
  const parsed = v.safeParse(ProtocolSchema, value);
  if (parsed.success) return { ok: true, protocol: parsed.output };
  return { ok: false, problem: { code: 'invalid', problem: issueProblem(parsed.issues) } };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads what the patient gave: a protocol file's text, or a code as printed (line breaks and
 * spaces from printing or e-mail are ignored). Pure apart from the platform's decompression.
 */
export async function readProtocol(input: string): Promise<ProtocolRead> {
  const text = input.trim();
  if (text === '') return { ok: false, problem: { code: 'empty' } };
  if (text.startsWith('{')) {
    const value = parseJson(text);
    return value === undefined ? { ok: false, problem: { code: 'damaged' } } : checkProtocol(value);
  }
  const compact = text.replace(/\s+/g, '');
  const prefix = CODE_PREFIX_PATTERN.exec(compact);
  if (!prefix) return { ok: false, problem: { code: 'not-a-code' } };
  const codeVersion = Number(prefix[1]);
  if (codeVersion > 1) return { ok: false, problem: { code: 'newer-version', version: codeVersion } };
  if (codeVersion < 1) return { ok: false, problem: { code: 'not-a-code' } };
  const bytes = fromBase64Url(compact.slice(prefix[0].length));
  if (!bytes || bytes.length === 0) return { ok: false, problem: { code: 'not-a-code' } };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await through(new DecompressionStream('deflate-raw'), bytes),
    );
  } catch {
    return { ok: false, problem: { code: 'damaged' } };
  }
  const value = parseJson(json);
  return value === undefined ? { ok: false, problem: { code: 'damaged' } } : checkProtocol(value);
}
