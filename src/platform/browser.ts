/** The one importer of webextension-polyfill: every context reaches the browser through here. */
import browser from 'webextension-polyfill';

export default browser;
export type { Tabs } from 'webextension-polyfill';
