import puppeteer from 'puppeteer-core';
import { startServer } from '../../test/helpers/server';
import { attribute, parseTrace } from './trace';
const ext = '/tmp/kcb/before-chrome';
const server = await startServer();
for (const prof of [true, false, true, false, true, false]) {
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, ignoreDefaultArgs: ['--disable-extensions'],
  args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`] });
const sw = await browser.waitForTarget(t => t.type()==='service_worker' && t.url().startsWith('chrome-extension://'));
const origin = 'chrome-extension://' + new URL(sw.url()).host + '/';
const page = await browser.newPage();
const cats = ['devtools.timeline','disabled-by-default-devtools.timeline','v8','v8.execute','toplevel','blink.user_timing','loading'];
if (prof) cats.push('disabled-by-default-v8.cpu_profiler');
await page.tracing.start({ categories: cats });
const url = server.base + '/pages/demo-article.html';
await page.goto(url, { waitUntil: 'load' });
await new Promise(r => setTimeout(r, 2500));
const buf = await page.tracing.stop();
const r = attribute({ events: parseTrace(Buffer.from(buf!).toString("utf8")), extOrigin: origin, pageUrl: url, probeUrl: 'x' });
console.log(prof, r.attribution, r.ourMs, r.inferredMs, r.ourTasks, r.ourLongestMs, r.pageMainMs, JSON.stringify(r.topTasks.slice(0,4)));
await browser.close();
}
await server.close();
