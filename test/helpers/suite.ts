// Shared set-up for end-to-end suites: which browsers, and one server + browser per describe block.
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type LaunchOptions, type Session } from './browsers';
import { startServer, type TestServer } from './server';

/** Browsers to run (KC_BROWSERS=chromium,firefox narrows it for local runs). */
export const BROWSERS = (process.env.KC_BROWSERS?.split(',') ?? ['chromium', 'firefox']) as BrowserName[];

/** Starts the fixture server and a browser with the extension before the block's tests; closes both after. */
export function useSession(name: BrowserName, ready: (s: Session, server: TestServer) => void | Promise<void>, opts: LaunchOptions = {}): void {
  let s: Session | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    s = await launch(name, opts);
    await ready(s, server);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });
}
