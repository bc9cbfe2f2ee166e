import { diffFromDefaults, migrate, STORAGE_KEY, type Settings } from '../core/settings/settings';

/** The few storage calls the settings store needs; both the polyfill and the native API fit. */
export interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove?(key: string): Promise<void>;
}
export interface StorageLike {
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: {
    addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * Reads settings: local storage first (it holds them where sync failed, and
 * saving to sync clears it), sync otherwise. Corrupted values are repaired to
 * defaults, never thrown.
 */
export async function loadSettings(storage: StorageLike): Promise<{ settings: Settings; problems: string[] }> {
  // Both areas at once: a fresh profile has nothing in local, and a second read would wait for the first.
  const read = async (area: StorageAreaLike | undefined) => {
    try {
      return area ? (await area.get(STORAGE_KEY))[STORAGE_KEY] : undefined;
    } catch {
      return undefined;
    }
  };
  const [local, sync] = await Promise.all([read(storage.local), read(storage.sync)]);
  const r = migrate(local ?? sync);
  return { settings: r.settings, problems: r.problems };
}

/** Saves only what differs from the defaults; falls back to local storage if sync fails. */
export async function saveSettings(storage: StorageLike, s: Settings): Promise<'sync' | 'local'> {
  const blob = { [STORAGE_KEY]: diffFromDefaults(s) };
  if (storage.sync) {
    try {
      await storage.sync.set(blob);
      // A stale local copy would shadow sync on the next read.
      await storage.local.remove?.(STORAGE_KEY);
      return 'sync';
    } catch {
      /* quota or no sync: fall through */
    }
  }
  await storage.local.set(blob);
  return 'local';
}

/**
 * Calls `cb` with fresh settings whenever either storage area changes them
 * (and once at the start when `initial` is set). Reads can finish out of
 * order, so only the newest read is delivered: an older value never
 * overwrites a newer one. `invalidate()` drops reads already under way (a
 * caller about to write its own value uses it). Returns `stop` to unsubscribe.
 */
export function watchSettings(
  storage: StorageLike,
  cb: (s: Settings, problems: string[]) => void,
  opts: { initial?: boolean } = {},
): { stop(): void; invalidate(): void } {
  let seq = 0;
  let stopped = false;
  const read = () => {
    const mine = ++seq;
    void loadSettings(storage).then((r) => {
      if (mine === seq && !stopped) cb(r.settings, r.problems);
    });
  };
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (STORAGE_KEY in changes) read();
  };
  storage.onChanged.addListener(listener);
  if (opts.initial) read();
  return {
    stop() {
      stopped = true;
      storage.onChanged.removeListener(listener);
    },
    invalidate() {
      seq++;
    },
  };
}
