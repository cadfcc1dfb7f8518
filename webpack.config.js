// Builds the task pane (taskpane.html) and the ribbon's function-command page (commands.html) into dist/, with the
// manifest, icons, the help page (the manifest's SupportUrl), the excelize wasm and the example workbook beside them. `npm run build` (production) rewrites
// the manifest's dev URLs to HUIBAO_PUBLIC_URL, fails if any localhost is left, and prints bundle sizes.
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

/** Production: Griffel's class names and Fluent's token strings computed at build time (see the file). */
const fluentStaticLoader = { loader: path.resolve(__dirname, 'scripts/fluent-static-loader.cjs') };

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PUBLIC_URL = 'https://huibao.example.gov.cn/';
/** Budget for the pane's initial JS, gzip (issue 5): the build warns when it is passed. */
const INITIAL_JS_BUDGET = 160 * 1024;

/** The manifest for a public URL; throws if anything still points at localhost (a manifest that cannot load). */
function rewriteManifest(xml, publicUrl) {
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  if (!/^https:\/\//.test(base)) throw new Error(`HUIBAO_PUBLIC_URL must be https: ${publicUrl}`);
  const out = xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(base.slice(0, -1));
  const left = out.match(/[^\s"<>]*(localhost|127\.0\.0\.1)[^\s"<>]*/gi);
  if (left) throw new Error(`manifest.xml still points at localhost after rewriting: ${left.join(', ')}`);
  return out;
}

/** After emit: raw and gzip sizes of every JS file, and the pane's initial JS against the budget. */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const outDir = compilation.outputOptions.path;
      const gz = (file) => zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;
      const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
      const rows = Object.keys(compilation.assets)
        .filter((file) => file.endsWith('.js'))
        .sort()
        .map((file) => ({ file, raw: fs.statSync(path.join(outDir, file)).size, gzip: gz(file) }));
      const lines = rows.map(
        (r) => `  ${r.file.padEnd(40)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`,
      );
      const pane = compilation.entrypoints.get('taskpane');
      const initial = pane ? pane.getFiles().filter((f) => f.endsWith('.js')) : [];
      const initialGzip = initial.reduce((sum, f) => sum + gz(f), 0);
      const initialRaw = initial.reduce((sum, f) => sum + fs.statSync(path.join(outDir, f)).size, 0);
      process.stdout.write(
        `\nHuibao bundles (raw, gzip):\n${lines.join('\n')}\n` +
          `  task pane initial JS: ${kb(initialRaw)} raw, ${kb(initialGzip)} gzip (budget ${kb(INITIAL_JS_BUDGET)})\n`,
      );
      if (initialGzip > INITIAL_JS_BUDGET) {
        compilation.warnings.push(
          new Error(`task pane initial JS is ${kb(initialGzip)} gzip, over the budget`),
        );
      }
    });
  }
}

/**
 * Marks the pane's initial JS with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`): nearly all of it
 * runs before first paint, so Chromium (Edge WebView2 in Office) compiles it eagerly on the streaming thread while
 * it downloads, instead of lazily on the main thread. Other browsers ignore the comment. After minifying, before
 * source maps, so the maps still line up.
 */
class CompileHintPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompileHintPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          const pane = compilation.entrypoints.get('taskpane');
          for (const file of pane ? pane.getFiles() : []) {
            if (!file.endsWith('.js')) continue;
            compilation.updateAsset(
              file,
              (source) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', source),
            );
          }
        },
      );
    });
  }
}

/**
 * The light theme's CSS variables as one rule (`src/taskpane/light-theme.ts`, evaluated here with esbuild), for
 * taskpane.html's head: the browser parses it with the page, and the pane's first render neither builds the theme
 * object nor inserts ~450 custom properties at run time. The dark theme stays a runtime chunk.
 */
function lightThemeCss() {
  const { buildSync } = require('esbuild');
  const out = buildSync({
    stdin: {
      contents: "export { lightThemeRule } from './src/taskpane/light-theme';",
      resolveDir: __dirname,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports.lightThemeRule();
}

function commandsPage() {
  // Engineer E's page when it exists; otherwise a minimal one that loads office.js and the commands bundle.
  const own = path.resolve(__dirname, 'src/commands/commands.html');
  if (fs.existsSync(own)) return { template: own };
  return {
    templateContent:
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>汇报</title>' +
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script></head><body></body></html>',
  };
}

function commandsEntry() {
  for (const name of ['commands.ts', 'index.ts', 'commands.tsx']) {
    const file = path.resolve(__dirname, 'src/commands', name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const publicUrl = process.env.HUIBAO_PUBLIC_URL || DEFAULT_PUBLIC_URL;
  const commands = commandsEntry();
  const entry = { taskpane: './src/taskpane/index.tsx' };
  if (commands) entry.commands = commands;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: { keep: /^(cli\.cjs|cli\.cjs\.map)$/ },
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
      // excelize-wasm and the xlsx host probe for Node only at run time; the browser bundle never needs these.
      fallback: { fs: false, path: false, crypto: false, zlib: false, 'node:fs': false, 'node:zlib': false },
    },
    module: {
      rules: [
        // Production: every Griffel style (Fluent's, already precompiled to __styles, and ours) goes into one .css
        // file, so the first React render inserts no CSS rules at run time (issue 5: first paint).
        ...(production
          ? [
              {
                test: /\.m?js$/,
                include: /node_modules[\\/]@fluentui[\\/]/,
                use: [fluentStaticLoader, { loader: GriffelCSSExtractionPlugin.loader }],
              },
            ]
          : []),
        {
          test: /\.[cm]?tsx?$/,
          exclude: /node_modules/,
          use: [
            ...(production
              ? [
                  fluentStaticLoader,
                  { loader: GriffelCSSExtractionPlugin.loader },
                  // Our makeStyles (imported from Fluent) evaluated at build time, after swc has removed the types.
                  {
                    loader: '@griffel/webpack-loader',
                    options: {
                      modules: [
                        {
                          moduleSource: '@fluentui/react-components',
                          importName: 'makeStyles',
                          resetImportName: 'makeResetStyles',
                        },
                      ],
                    },
                  },
                ]
              : []),
            {
              loader: 'swc-loader',
              options: {
                jsc: {
                  parser: { syntax: 'typescript', tsx: true },
                  transform: { react: { runtime: 'automatic', development: !production } },
                  target: 'es2020',
                },
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    performance: { hints: false },
    optimization: {
      // The pane's initial JS as two deferred scripts of similar size, React (react-dom) and the rest: with the compile
      // hint each is compiled on its own streaming thread, so on two cores they compile side by side rather than one
      // after the other while the main thread waits (issue 5: first paint).
      splitChunks: {
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: (chunk) => chunk.name === 'taskpane',
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        lightThemeCss: lightThemeCss(),
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        chunks: commands ? ['commands'] : [],
        ...commandsPage(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // The manifest's SupportUrl and LearnMoreUrl: a static page, zh-CN with English below.
          { from: 'src/taskpane/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? rewriteManifest(content.toString(), publicUrl) : content),
          },
          { from: 'node_modules/excelize-wasm/excelize.wasm.gz', to: 'excelize.wasm.gz' },
          { from: 'examples/street-2022.xlsx', to: 'examples/street-2022.xlsx', noErrorOnMissing: true },
        ],
      }),
      ...(production
        ? [
            // Griffel sorts its own rules; the order warnings of mini-css-extract-plugin do not apply.
            new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
            new GriffelCSSExtractionPlugin(),
            new CompileHintPlugin(),
            new BundleSizePlugin(),
          ]
        : []),
    ],
    devServer: {
      port: 3000,
      host: 'localhost',
      static: { directory: path.resolve(__dirname, 'dist'), watch: false },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Sideloading needs https: run `npx office-addin-dev-certs install` yourself, then HUIBAO_HTTPS=1 npm start.
      server: process.env.HUIBAO_HTTPS ? httpsServer() : 'http',
      client: { overlay: { warnings: false } },
    },
  };
};

function httpsServer() {
  const dir = path.join(require('node:os').homedir(), '.office-addin-dev-certs');
  return {
    type: 'https',
    options: {
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
      ca: fs.readFileSync(path.join(dir, 'ca.crt')),
    },
  };
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_URL = DEV_URL;
module.exports.DEFAULT_PUBLIC_URL = DEFAULT_PUBLIC_URL;
