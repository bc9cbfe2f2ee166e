import { runCold } from './cold';
import { PAGES } from './pages';
const ids = process.argv.slice(2);
const t = Date.now();
const res = await runCold({ exe: '/usr/bin/chromium', ext: '/tmp/kcb/before-chrome', pages: PAGES.filter(p => !ids.length || ids.includes(p.id)), runs: 1, settleMs: 2500, samples: false, traceDir: '/tmp/kcb/traces', log: console.log });
for (const r of res) console.log(JSON.stringify({ ...r, samples: undefined }));
console.log('total s', (Date.now() - t) / 1000);
