import { defineConfig, type Plugin } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { cpSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Target = 'chrome' | 'firefox';

/** Derives each browser's manifest from the one source manifest.json. */
export function manifestFor(target: Target): ManifestV3Export {
  const m = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
  if (target === 'firefox') {
    m.background = { scripts: [m.background.service_worker], type: 'module' };
    m.browser_specific_settings = {
      gecko: {
        id: 'korea-context@korea-context.org',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android: the card becomes a bottom sheet on narrow screens.
      gecko_android: { strict_min_version: '142.0' },
    };
    // Firefox lets users withhold host access; the popup asks for it with permissions.request().
    m.optional_host_permissions = ['http://*/*', 'https://*/*'];
  }
  return m;
}

/** Copies the locale files and icons beside the manifest. */
function staticFiles(outDir: string): Plugin {
  return {
    name: 'kc-static',
    writeBundle() {
      cpSync(resolve(import.meta.dirname, 'src/_locales'), resolve(outDir, '_locales'), { recursive: true });
      cpSync(resolve(import.meta.dirname, 'icons'), resolve(outDir, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') });
    },
  };
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const outDir = resolve(import.meta.dirname, 'dist', target);
  return {
    plugins: [crx({ manifest: manifestFor(target), browser: target }), staticFiles(outDir)],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
    },
    logLevel: 'warn',
  };
});
