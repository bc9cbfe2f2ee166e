import { it } from 'vitest';
import { launch } from '../helpers/browsers';
import { startServer } from '../helpers/server';
import { mentions, waitForActive } from '../helpers/page';
it('probe', async () => {
  const srv = await startServer();
  const s = await launch('chromium');
  await s.page.goto(srv.base + '/pages/demo-article.html');
  await waitForActive(s.page);
  console.log(JSON.stringify((await mentions(s.page)).map((m) => m.name + ':' + m.text)));
  await s.close(); await srv.close();
});
