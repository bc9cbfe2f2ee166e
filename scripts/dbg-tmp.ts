import { launch } from '/work/main/test/helpers/browsers';
import { startServer } from '/work/main/test/helpers/server';
import { waitForActive } from '/work/main/test/helpers/page';
const server = await startServer();
const s = await launch((process.env.B as any) ?? 'chromium');
s.page.on('pageerror', (e) => console.log('pageerror:', String(e)));
await s.page.goto(server.base + '/pages/dynamic.html');
console.log(await waitForActive(s.page));
await s.page.evaluate(() => (window as any).flood(10_000));
for (let i = 0; i < 10; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  console.log(
    await s.page.evaluate(() => ({
      m: document.querySelector('kc-host')?.getAttribute('data-kc-matches'),
      e: document.querySelector('kc-host')?.getAttribute('data-kc-entries'),
      l: document.querySelector('kc-host')?.getAttribute('data-kc-longest-task'),
    })),
  );
}
await s.close();
await server.close();
