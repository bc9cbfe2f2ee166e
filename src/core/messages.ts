/** The one message contract between the contexts. Validated on receipt. */
import type { DetectReply, DetectRequest, MatchReply, MatchRequest } from './matching/service';
import type { Settings } from './settings/settings';

export interface EntrySummary {
  id: string;
  name: string;
  kind: string;
  count: number;
}

export interface PageStatus {
  /** 'active': highlights shown; 'idle': not a Korea article; 'off': switched off; 'loading'. */
  status: 'active' | 'idle' | 'off' | 'loading';
  reason: 'detected' | 'forced-on' | 'not-korea' | 'not-article' | 'site-off' | 'global-off' | 'loading';
  host: string;
  origin: string;
  matches: number;
  entries: EntrySummary[];
  score?: number;
}

export interface Requests {
  'kc:get-status': { req: Record<string, never>; res: PageStatus };
  'kc:open-card': { req: { id: string }; res: { ok: boolean } };
  'kc:open-briefing': { req: Record<string, never>; res: { ok: boolean } };
  'kc:lookup': { req: { text: string }; res: { ok: boolean; found: number } };
  'kc:status-changed': { req: { matches: number; active: boolean }; res: { ok: boolean } };
  /** Content → background: inject the gate, the engine, the UI or the card text into the sender's page. */
  'kc:inject': { req: { what: 'gate' | 'engine' | 'ui' | 'cards' }; res: { ok: boolean } };
  /** Content → background: add (or remove) the highlight style sheet of an active page. */
  'kc:css': { req: { css: string; remove: boolean }; res: { ok: boolean } };
  /** Background → content: move to the next or previous highlighted name. */
  'kc:step': { req: { dir: 1 | -1 }; res: { ok: boolean } };
  /** Background → gate: the reader's settings changed (pages never read storage themselves). */
  'kc:settings': { req: { settings: Settings }; res: { ok: boolean } };
  /** Gate → background, when it was injected without its settings. */
  'kc:get-settings': { req: Record<string, never>; res: Settings | null };
  /**
   * Content → background: is the page a Korea article (the index lives in the background)? `css`: the
   * highlight style sheet, inserted only when the reply says the page is active (it carries `first`).
   */
  'kc:detect': { req: { req: DetectRequest; css?: string }; res: DetectReply | null };
  /** Content → background: the names in these texts. */
  /** `css`: the page's highlight style sheet, sent with the first request that follows it (one message less). */
  'kc:match': { req: { req: MatchRequest; css?: string }; res: MatchReply | null };
}

/** Where the gate finds its first settings: a global of the extension's isolated world (page scripts cannot see it), set by the background just before it injects the gate. */
export const SEED_KEY = '__koreaContextSettings';

/** What comes with the gate: the settings, and whether the engine is injected with it (the gate then waits for it rather than asking). */
export interface GateSeed {
  settings: Settings;
  engine: boolean;
}

/** The most text one matching request may carry. */
export const MAX_MATCH_CHARS = 400000;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const cssOk = (c: unknown) => c === undefined || (typeof c === 'string' && c.length < 20000);
const firstOk = (f: unknown) =>
  f === undefined || (isObj(f) && textsOk(f.texts) && isObj(f.options) && typeof f.enabled === 'boolean' && typeof f.siteMode === 'string');
const textsOk = (t: unknown) =>
  Array.isArray(t) && t.every((x) => typeof x === 'string') && t.reduce((n: number, x: string) => n + x.length, 0) <= MAX_MATCH_CHARS;

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['req'];
export type Handlers = { [T in RequestType]?: (msg: Message<T>, sender: unknown) => Promise<Requests[T]['res']> | Requests[T]['res'] };

const SHAPES: Record<RequestType, (m: Record<string, unknown>) => boolean> = {
  'kc:get-status': () => true,
  'kc:open-card': (m) => typeof m.id === 'string' && m.id.length < 200,
  'kc:open-briefing': () => true,
  'kc:lookup': (m) => typeof m.text === 'string' && m.text.length <= 500,
  'kc:status-changed': (m) => typeof m.matches === 'number' && typeof m.active === 'boolean',
  'kc:inject': (m) => m.what === 'gate' || m.what === 'engine' || m.what === 'ui' || m.what === 'cards',
  'kc:css': (m) => typeof m.css === 'string' && m.css.length < 20000 && typeof m.remove === 'boolean',
  'kc:step': (m) => m.dir === 1 || m.dir === -1,
  'kc:settings': (m) => isObj(m.settings),
  'kc:get-settings': () => true,
  'kc:detect': (m) =>
    isObj(m.req) &&
    isObj(m.req.signals) &&
    typeof m.req.signals.body === 'string' &&
    m.req.signals.body.length <= 4 * MAX_MATCH_CHARS &&
    firstOk(m.req.first) &&
    cssOk(m.css),
  'kc:match': (m) => isObj(m.req) && textsOk(m.req.texts) && isObj(m.req.options) && Array.isArray(m.req.found) && isObj(m.req.state) && cssOk(m.css),
};

/** True when `x` is a well-formed message of the contract. */
export function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return typeof m.type === 'string' && Object.hasOwn(SHAPES, m.type) && SHAPES[m.type as RequestType](m);
}

/** Dispatches a message to its handler; undefined for foreign or malformed messages. */
export function dispatch(handlers: Handlers, msg: unknown, sender: unknown): Promise<unknown> | undefined {
  if (!isMessage(msg)) return undefined;
  const h = handlers[msg.type] as ((m: unknown, s: unknown) => unknown) | undefined;
  if (!h) return undefined;
  return Promise.resolve(h(msg, sender));
}
