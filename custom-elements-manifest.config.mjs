// custom-elements.json from the elements' JSDoc (`npm run manifest`). Storybook's docs pages and the
// README's API tables are generated from it.
//
// Two additions to the analyzer's Lit support:
// - `defineElement('regin-x', ReginX)` (our guarded registration) counts as a custom element definition,
//   like `customElements.define`;
// - only the public API is kept: protected/private members, `static styles` and Lit lifecycle methods
//   are dropped, and module paths point at the published files (dist/*.js) instead of the sources.

const ELEMENT_FILES = ['src/partner-map.ts', 'src/measure-cards.ts', 'src/indicator-radar.ts', 'src/region-comparison.ts'];

/** Lit/HTMLElement lifecycle that is not API, even when an element overrides it. */
const LIFECYCLE = new Set([
  'render',
  'willUpdate',
  'update',
  'updated',
  'firstUpdated',
  'shouldUpdate',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'createRenderRoot',
  'hasContent',
  'styles',
  'shadowRootOptions',
]);

/** The type of each public event, as src/core/events.ts declares it in `ReginEventMap`. */
const EVENT_TYPES = {
  'regin-region-select': 'CustomEvent<RegionSelectDetail>',
  'regin-measure-open': 'CustomEvent<MeasureOpenDetail>',
  'regin-feed-load': 'CustomEvent<FeedLoadDetail>',
  'regin-feed-error': 'CustomEvent<FeedErrorDetail>',
};

function defineElementCalls() {
  return {
    name: 'regin-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (node.expression.kind !== ts.SyntaxKind.Identifier || node.expression.text !== 'defineElement') return;
      const [tag, cls] = node.arguments;
      if (!tag || !cls || !ts.isStringLiteral(tag) || !ts.isIdentifier(cls)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: cls.text, module: moduleDoc.path } },
      ];
    },
  };
}

function publicApiOnly() {
  const keep = (m) => !m.privacy || m.privacy === 'public';
  const publicMember = (m) => keep(m) && !LIFECYCLE.has(m.name) && !m.name.startsWith('_') && !m.name.startsWith('#');
  const distPath = (p) => p.replace(/^\/?src\//, 'dist/').replace(/\.(ts|js)$/, '.js');
  return {
    name: 'regin-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        // Only what the module exports is API (not a helper function the analyzer met on the way).
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const decl of mod.declarations) {
          for (const e of decl.events ?? []) if (EVENT_TYPES[e.name]) e.type = { text: EVENT_TYPES[e.name] };
          if (decl.members) decl.members = decl.members.filter(publicMember);
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.fieldName || !a.fieldName.startsWith('_'));
          for (const ref of [decl.superclass, ...(decl.members ?? []).map((m) => m.inheritedFrom)]) {
            if (ref?.module) ref.module = distPath(ref.module);
          }
          for (const a of decl.attributes ?? [])
            if (a.inheritedFrom?.module) a.inheritedFrom.module = distPath(a.inheritedFrom.module);
        }
        for (const exp of mod.exports ?? [])
          if (exp.declaration?.module) exp.declaration.module = distPath(exp.declaration.module);
        mod.path = distPath(mod.path);
      }
    },
  };
}

export default {
  globs: [...ELEMENT_FILES, 'src/core/regin-element.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
