/** Background: wiring only (injection, matching, waking forced sites, looking again at changed tabs, badge, context menu, commands). */
import browser from '../platform/browser';
import { dispatch, type Handlers } from '../core/messages';
import { badgeHandlers } from './badge';
import { registerCommands } from './commands';
import { registerContextMenu } from './context-menu';
import { injectHandlers } from './inject';
import { matchHandlers, warmIndex } from './matching';
import { registerRelook } from './relook';
import { registerWake } from './wake';

const handlers: Handlers = { ...injectHandlers, ...matchHandlers, ...badgeHandlers };

registerContextMenu();
registerCommands();
registerWake();
registerRelook();
warmIndex();
browser.runtime.onMessage.addListener(((msg: unknown, sender: unknown) => dispatch(handlers, msg, sender)) as Parameters<
  typeof browser.runtime.onMessage.addListener
>[0]);
