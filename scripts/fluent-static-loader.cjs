/**
 * Webpack loader for production builds, after Griffel's CSS extraction: work Fluent and Griffel would otherwise do
 * in the browser before first paint (issue 5), done once at build time.
 *
 * - Every `__css(classesBySlot)` call left by the extraction gets its left-to-right class names computed here by
 *   Griffel's own `reduceToClassNameForSlots` and becomes `__cssLtr(classesBySlot, classNamesForSlots)`
 *   (src/taskpane/griffel-ltr.ts). Griffel would otherwise join and hash the classes of every slot of every style
 *   hook on its first render. Right-to-left text still goes through Griffel's `__css`.
 * - `tokens.name` (Fluent's theme tokens, each a `var(--name)` string) becomes that string. Once styles are
 *   extracted, the only uses left are a few constants in Fluent's style modules, and they kept the whole tokens
 *   object (~29 KB, ~470 strings) in the initial JS.
 */
const path = require('node:path');
const babel = require('@babel/core');
const { addNamed } = require('@babel/helper-module-imports');
const { reduceToClassNameForSlots } = require('@griffel/core');

// Fluent's tokens as @fluentui/react-components itself resolves them.
const { tokens } = require(
  require.resolve('@fluentui/tokens', {
    paths: [path.dirname(require.resolve('@fluentui/react-components'))],
  }),
);

const HELPER = path.resolve(__dirname, '../src/taskpane/griffel-ltr.ts');
const CSS_SOURCES = new Set(['@griffel/react', '@griffel/core', '@fluentui/react-components']);
const TOKEN_SOURCES = new Set(['@fluentui/react-components', '@fluentui/react-theme', '@fluentui/tokens']);

function plugin({ types: t }) {
  const referencesOf = (specifier) =>
    specifier.scope.getBinding(specifier.node.local.name)?.referencePaths ?? [];

  function precomputeCss(specifier, state) {
    for (const reference of referencesOf(specifier)) {
      const call = reference.parentPath;
      if (!call.isCallExpression() || call.node.callee !== reference.node) continue;
      const args = call.get('arguments');
      if (args.length !== 1 || !args[0].isObjectExpression()) continue;
      const value = args[0].evaluate();
      if (!value.confident) continue;
      state.helper ??= addNamed(specifier, '__cssLtr', state.opts.helper);
      call.node.callee = t.cloneNode(state.helper);
      call.node.arguments.push(t.valueToNode(reduceToClassNameForSlots(value.value, 'ltr')));
    }
  }

  function foldTokens(specifier) {
    for (const reference of referencesOf(specifier)) {
      const member = reference.parentPath;
      if (!member.isMemberExpression() || member.node.object !== reference.node || member.node.computed)
        continue;
      const value = tokens[member.node.property.name];
      // Only reads: an assignment or a call on a token is left alone (there are none in Fluent).
      if (typeof value !== 'string' || member.parentPath.isAssignmentExpression({ left: member.node }))
        continue;
      if (member.parentPath.isCallExpression({ callee: member.node })) continue;
      member.replaceWith(t.stringLiteral(value));
    }
  }

  return {
    visitor: {
      ImportSpecifier(specifier, state) {
        const imported = specifier.node.imported;
        const source = specifier.parentPath.node.source.value;
        if (t.isIdentifier(imported, { name: '__css' }) && CSS_SOURCES.has(source))
          precomputeCss(specifier, state);
        if (t.isIdentifier(imported, { name: 'tokens' }) && TOKEN_SOURCES.has(source)) foldTokens(specifier);
      },
    },
  };
}

module.exports = function fluentStaticLoader(source, inputSourceMap) {
  if (!source.includes('__css') && !source.includes('tokens'))
    return this.callback(null, source, inputSourceMap);
  const helper = path.relative(path.dirname(this.resourcePath), HELPER).split(path.sep).join('/');
  const result = babel.transformSync(source, {
    filename: this.resourcePath,
    babelrc: false,
    configFile: false,
    sourceType: 'module',
    plugins: [[plugin, { helper: helper.startsWith('.') ? helper : `./${helper}` }]],
    sourceMaps: this.sourceMap || false,
    inputSourceMap:
      typeof inputSourceMap === 'string' ? JSON.parse(inputSourceMap) : inputSourceMap || undefined,
  });
  return this.callback(null, result.code, result.map ?? undefined);
};
