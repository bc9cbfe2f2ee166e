// Bundles the content scripts as self-contained classic scripts (no module loader, nothing
// web-accessible): sentinel.js (every page), gate.js, engine.js, ui.js and cards.js (injected by the background).
// Release builds go to dist/<target>/, test builds (open test contract) to dist/test/<target>/.
import { build, type Plugin } from 'esbuild';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from './lib/corpus-files';
import { indexData } from '../src/core/corpus/corpus-index';
import { encodeIndex, INDEX_FILE } from '../src/core/corpus/index-codec';
import { slimCorpus } from '../src/core/corpus/slim';
import type { Corpus } from '../src/core/corpus/types';

const ROOT = resolve(import.meta.dirname, '..');
const ENTRIES = {
  sentinel: 'src/content/sentinel.ts',
  gate: 'src/content/gate.ts',
  engine: 'src/content/engine-entry.ts',
  ui: 'src/content/ui-entry.ts',
  cards: 'src/content/cards-entry.ts',
};

/** `import css from './x.css?inline'` as Vite does it: the file's text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: resolve(a.resolveDir, a.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: `export default ${JSON.stringify(readFileSync(a.path, 'utf8'))};`, loader: 'js' }));
  },
};

/** The corpus module: the checked, linked corpus as plain data (for the card text bundle). */
function corpusData(corpus: Corpus): Plugin {
  const full = JSON.stringify(corpus);

  return {
    name: 'corpus-data',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]corpus[\\/]data\.ts$/ }, () => ({
        contents: `export const corpus = JSON.parse(${JSON.stringify(full)});`,
        loader: 'js',
      }));
    },
  };
}

async function bundle(outDir: string, test: boolean, corpus: Corpus): Promise<void> {
  await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, resolve(ROOT, v)])),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: !process.env.KC_UNMINIFIED,
    legalComments: 'none',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: { __KC_TEST_BUILD__: String(test) },
    plugins: [inlineCss, corpusData(corpus)],
    logLevel: 'warning',
  });
}

/** The index data for the background: the slim corpus and the compiled index, one binary file (never in a page). */
function writeIndexData(outDir: string, corpus: Corpus): void {
  writeFileSync(resolve(outDir, INDEX_FILE), encodeIndex({ slim: slimCorpus(corpus), index: indexData(corpus) }));
}

/** The built manifest: the sentinel as the only content script, nothing web-accessible. */
function patchManifest(dir: string): void {
  const path = resolve(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(path, 'utf8'));
  delete m.web_accessible_resources;
  m.content_scripts = [{ matches: ['http://*/*', 'https://*/*', 'file:///*'], js: ['sentinel.js'], run_at: 'document_end', all_frames: false }];
  writeFileSync(path, JSON.stringify(m, null, 2) + '\n');
}

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
const corpus = loadCorpus();
for (const target of targets) {
  const release = resolve(ROOT, 'dist', target);
  const test = resolve(ROOT, 'dist', 'test', target);
  patchManifest(release);
  await bundle(release, false, corpus);
  writeIndexData(release, corpus);
  rmSync(test, { recursive: true, force: true });
  cpSync(release, test, { recursive: true });
  await bundle(test, true, corpus);
}
