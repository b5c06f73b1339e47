// Reads a feed from a file or an http(s) URL, with a timeout and a size cap, and parses its JSON with
// messages that say where it broke.
import { readFile, stat } from 'node:fs/promises';
import { LoadError, parseJson } from './json.mjs';

export { LoadError, parseJson };

/** Largest feed read, in bytes. */
export const MAX_BYTES = 50 * 1024 * 1024;

/**
 * The parsed JSON at `source` (a path or an http(s) URL).
 * @param {string} source
 * @param {{ timeoutMs?: number, maxBytes?: number }} [options]
 * @returns {Promise<unknown>}
 */
export async function loadJson(source, { timeoutMs = 15_000, maxBytes = MAX_BYTES } = {}) {
  const text = /^https?:\/\//i.test(source) ? await fetchText(source, timeoutMs, maxBytes) : await readText(source, maxBytes);
  return parseJson(text, source);
}

async function readText(path, maxBytes) {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new LoadError(`cannot read ${path}: not a file`);
    if (info.size > maxBytes)
      throw new LoadError(`cannot read ${path}: ${info.size} bytes is more than the ${maxBytes} a feed may have`);
    return await readFile(path, 'utf8');
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw new LoadError(`cannot read ${path}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
}

async function fetchText(url, timeoutMs, maxBytes) {
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (err) {
    const why = err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err.cause?.code ?? err.message);
    throw new LoadError(`cannot fetch ${url}: ${why}`);
  }
  if (!response.ok)
    throw new LoadError(
      `cannot fetch ${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes)
    throw new LoadError(`cannot fetch ${url}: ${declared} bytes is more than the ${maxBytes} a feed may have`);
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new LoadError(`cannot fetch ${url}: more than the ${maxBytes} bytes a feed may have`);
      chunks.push(chunk);
    }
  } catch (err) {
    if (err instanceof LoadError) throw err;
    const why = err.name === 'TimeoutError' ? `the answer did not finish within ${timeoutMs / 1000} s` : 'the answer was cut off';
    throw new LoadError(`cannot fetch ${url}: ${why}`);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
