/** Background: wiring only (injection, badge, context menu, commands). */
import browser from '../platform/browser';
import { dispatch, type Handlers } from '../core/messages';
import { badgeHandlers } from './badge';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { injectHandlers } from './inject';

const handlers: Handlers = { ...injectHandlers, ...badgeHandlers };

registerContextMenu();
registerCommands();
browser.runtime.onMessage.addListener(((msg: unknown, sender: unknown) => dispatch(handlers, msg, sender)) as Parameters<
  typeof browser.runtime.onMessage.addListener
>[0]);
