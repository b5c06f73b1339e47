// Parses a feed's JSON with messages that say where it broke. Pure: used by the CLI and the feed studio.

export class LoadError extends Error {}

/**
 * Parses JSON, explaining a failure with a line and column.
 * @param {string} text
 * @param {string} source
 */
export function parseJson(text, source) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*</.test(body)) throw new LoadError(`${source} is HTML, not JSON (an error page, or the wrong address?)`);
  try {
    return JSON.parse(body);
  } catch (err) {
    const at = /position (\d+)/.exec(err.message);
    if (!at) throw new LoadError(`${source} is not valid JSON: ${err.message}`);
    const before = body.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    throw new LoadError(
      `${source} is not valid JSON: line ${line}, column ${column}: ${err.message.replace(/ in JSON at position.*$| at position.*$/, '')}`,
    );
  }
}
