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

/** Installs the browsers with apt-get when missing and we are root; otherwise says what to do. */
export function ensureBrowsers(names = ['chromium', 'firefox-esr']) {
  const missing = names.filter((n) => !has(n));
  if (!missing.length) return true;
  if (process.getuid?.() === 0 && has('apt-get')) {
    console.log(`installing ${missing.join(', ')} with apt-get…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', ...missing, ...(missing.includes('firefox-esr') ? ['firefox-esr-l10n-ko'] : []), ...(missing.includes('chromium') ? ['chromium-l10n'] : []), 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  }
  console.warn(`missing browser(s): ${missing.join(', ')} — install them with: sudo apt-get install -y ${missing.join(' ')}`);
  return false;
}
