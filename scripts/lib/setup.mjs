// Makes a fresh machine ready: npm packages, and Debian's chromium / firefox-esr when missing (as root).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};

export function ensureNodeModules() {
  if (!existsSync('node_modules/.package-lock.json')) {
    console.log('installing npm packages (npm ci)…');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
}

const installed = (pkg) => {
  try {
    return /install ok installed/.test(execSync(`dpkg-query -W -f='\${Status}' ${pkg}`, { stdio: ['ignore', 'pipe', 'ignore'], shell: '/bin/sh' }).toString());
  } catch {
    return false;
  }
};

/** Debian packages the browser tests need beside the browsers: Korean UI locales and CJK fonts. */
const EXTRAS = { chromium: ['chromium-l10n'], 'firefox-esr': ['firefox-esr-l10n-ko'] };

/**
 * Installs the browsers, their Korean locale packages and CJK fonts with apt-get when any is
 * missing and we are root; otherwise says what to do.
 */
export function ensureBrowsers(names = ['chromium', 'firefox-esr']) {
  const wanted = [...names, ...names.flatMap((n) => EXTRAS[n] ?? []), 'fonts-noto-cjk'];
  const missing = wanted.filter((p) => (names.includes(p) ? !has(p) : has('dpkg-query') && !installed(p)));
  if (!missing.length) return true;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log(`installing ${missing.join(', ')} with apt-get…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  }
  console.warn(`missing package(s): ${missing.join(', ')} — install them with: sudo apt-get install -y ${missing.join(' ')}`);
  return names.every(has);
}
