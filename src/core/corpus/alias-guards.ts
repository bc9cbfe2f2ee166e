/**
 * Alias guards: corrections to entries' aliases that keep ordinary words and other
 * referents from matching (nearest-date and requires rules, aliases to drop or add).
 * Kept in one data file beside the entries and applied when the corpus is loaded,
 * so the compiled index and `npm run corpus -- --json` both carry them.
 */
import { foldAlias } from '../matching/normalize';
import type { AliasRule, Entry } from './types';

/** The guards for one entry. */
export interface AliasGuard {
  /** Why: the collision this guard prevents (documentation only). */
  why?: string;
  dropAliases?: string[];
  addAliases?: string[];
  /** Rules as in the entry schema; kinds the schema does not know are ignored. */
  aliasRules?: { alias: string; rule: string; requires?: string[] }[];
}

export type AliasGuards = Record<string, AliasGuard>;

/**
 * Returns the entries with their guards applied (new objects; entries without a guard are
 * returned as they are). Added aliases come first so a rule may name them; a rule replaces
 * an entry's own rule for the same alias; rules for dropped aliases go with them.
 */
export function applyAliasGuards(entries: Entry[], guards: AliasGuards): Entry[] {
  return entries.map((e) => {
    const g = guards[e.id];
    if (!g) return e;
    const drop = new Set((g.dropAliases ?? []).map(foldAlias));
    const aliases = e.aliases.filter((a) => !drop.has(foldAlias(a)));
    for (const a of g.addAliases ?? []) if (!aliases.some((x) => foldAlias(x) === foldAlias(a))) aliases.push(a);
    const rules = new Map<string, AliasRule>();
    const known = (g.aliasRules ?? []).filter((r): r is AliasRule => r.rule === 'requires' || r.rule === 'nearest-date');
    for (const r of [...(e.aliasRules ?? []), ...known]) {
      const k = foldAlias(r.alias);
      if (!drop.has(k) && aliases.some((a) => foldAlias(a) === k)) rules.set(k, r);
    }
    const out: Entry = { ...e, aliases };
    if (rules.size) out.aliasRules = [...rules.values()];
    else delete out.aliasRules;
    return out;
  });
}
