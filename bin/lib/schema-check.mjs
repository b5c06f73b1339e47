// Checks a feed against schema/regin-feed-1.schema.json with Ajv and turns Ajv's errors into one
// line each, in words a feed producer understands, at a JSON path (`$.measures[3].title`).
// Pure (the schema is imported as a JSON module): the CLI and the feed studio page check with it.
import Ajv2020Module from 'ajv/dist/2020.js';
import schema from '../../schema/regin-feed-1.schema.json' with { type: 'json' };

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;

let compiled;
function validator() {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, unicodeRegExp: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** `/measures/3/title` → `$.measures[3].title` */
export function jsonPath(pointer) {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .slice(1)
      .split('/')
      .map((raw) => {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (/^\d+$/.test(key)) return `[${key}]`;
        if (/^[A-Za-z_$][\w$]*$/.test(key)) return `.${key}`;
        return `[${JSON.stringify(key)}]`;
      })
      .join('')
  );
}

// What a failed `pattern` means, by the schema definition it belongs to.
const PATTERNS = {
  id: 'is not an id: use a letter or digit, then letters, digits and . _ : + - (no spaces)',
  country: 'is not a two-letter country code in capitals, like "ES"',
  url: 'is not an absolute link starting with https://, http:// or mailto: (without spaces, user name or password)',
  partialDate: 'is not a year like "2019", a month like "2019-03" or a day like "2019-03-15" (years 1900–2100)',
  dateTime: 'is not a day like "2026-11-28" or a date-time with a time zone like "2026-11-28T10:00:00Z"',
  shortString: 'is blank',
  longString: 'is blank',
  shortText: 'is blank',
  longText: 'is blank',
  languageTag: 'is not a language tag like "en" or "pt-BR"',
};

const TYPES = {
  string: 'a text',
  object: 'an object',
  array: 'a list',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null',
};

function describeType(type) {
  const types = Array.isArray(type) ? type : String(type).split(',');
  if (types.includes('string') && types.includes('object'))
    return 'a text (a string, or an object of translations keyed by language tag)';
  return types.map((t) => TYPES[t] ?? t).join(' or ');
}

function defName(schemaPath) {
  const m = /#\/\$defs\/([^/]+)\/[^/]+$/.exec(schemaPath);
  return m ? m[1] : undefined;
}

/** One Ajv error in words; `undefined` for errors that only repeat another one. */
function describe(error) {
  const { keyword, params, schemaPath, instancePath } = error;
  switch (keyword) {
    case 'required':
      return { path: jsonPath(instancePath), message: `"${params.missingProperty}" is missing` };
    case 'type':
      return { path: jsonPath(instancePath), message: `must be ${describeType(params.type)}` };
    case 'const':
      return { path: jsonPath(instancePath), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'enum':
      return {
        path: jsonPath(instancePath),
        message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'pattern': {
      if (error.propertyName !== undefined) return undefined; // reported by `propertyNames`
      if (instancePath === '/version') return { path: '$.version', message: 'is not a 1.x version such as "1.0"' };
      const def = defName(schemaPath);
      const message =
        PATTERNS[def] ??
        (/nuts/.test(instancePath)
          ? 'is not a NUTS code like "ES51" or "SE224"'
          : /currency$/.test(instancePath)
            ? 'is not a three-letter currency code like "EUR"'
            : `does not match ${params.pattern}`);
      return { path: jsonPath(instancePath), message };
    }
    case 'propertyNames':
      return { path: jsonPath(instancePath), message: `"${params.propertyName}" is not a language tag like "en" or "pt-BR"` };
    case 'minLength':
      return { path: jsonPath(instancePath), message: 'is empty' };
    case 'maxLength':
      return { path: jsonPath(instancePath), message: `is longer than ${params.limit} characters` };
    case 'minimum':
    case 'maximum':
      return {
        path: jsonPath(instancePath),
        message: `must be ${keyword === 'minimum' ? 'at least' : 'at most'} ${params.limit}`,
      };
    case 'minItems':
    case 'maxItems':
      if (/lonLat/.test(schemaPath) || /location$/.test(instancePath))
        return { path: jsonPath(instancePath), message: 'must be [longitude, latitude]' };
      return {
        path: jsonPath(instancePath),
        message: `must have ${keyword === 'minItems' ? 'at least' : 'at most'} ${params.limit} ${params.limit === 1 ? 'entry' : 'entries'}`,
      };
    case 'minProperties':
      return { path: jsonPath(instancePath), message: 'has no translation' };
    case 'maxProperties':
      return { path: jsonPath(instancePath), message: `has more than ${params.limit} translations` };
    case 'uniqueItems':
      return { path: jsonPath(instancePath), message: `items ${params.j} and ${params.i} are the same` };
    case 'if':
      return undefined;
    default:
      return { path: jsonPath(instancePath), message: error.message ?? keyword };
  }
}

/**
 * Problems of `feed` against the schema, one per fault, in document order.
 * @param {unknown} feed
 * @returns {{ path: string, message: string }[]}
 */
export function schemaCheck(feed) {
  const validate = validator();
  if (validate(feed)) return [];
  const seen = new Set();
  const out = [];
  for (const error of validate.errors ?? []) {
    const p = describe(error);
    if (!p) continue;
    const key = `${p.path}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
