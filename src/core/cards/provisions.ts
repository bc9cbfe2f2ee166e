/** An agreement's provisions and what became of each. */
import type { CardIndex } from '../corpus/card-index';
import { entryDate, type Provision, type ProvisionStatus } from '../corpus/types';
import { formatDate, type Lang } from './dates';

export interface ProvisionLine {
  text: string;
  status: ProvisionStatus;
  /** 'good' implemented or in force, 'mixed' partly, 'bad' not implemented, suspended, reversed; 'neutral' superseded. */
  tone: 'good' | 'mixed' | 'bad' | 'neutral';
  fate: string;
  events: { id: string; name: string; dateLabel?: string }[];
}

const TONE: Record<ProvisionStatus, ProvisionLine['tone']> = {
  implemented: 'good',
  'in force': 'good',
  'partly implemented': 'mixed',
  'not implemented': 'bad',
  suspended: 'bad',
  reversed: 'bad',
  superseded: 'neutral',
};

/** The provisions as a card shows them, linked events resolved (unknown ids dropped). */
export function provisionLines(index: CardIndex, provisions: Provision[] | undefined, lang: Lang): ProvisionLine[] | undefined {
  if (!provisions?.length) return undefined;
  return provisions.map((p) => ({
    text: p.text,
    status: p.status,
    tone: TONE[p.status] ?? 'neutral',
    fate: p.fate,
    events: (p.events ?? []).flatMap((id) => {
      const j = index.byId.get(id);
      if (j === undefined) return [];
      const ev = index.entries[j];
      const d = entryDate(ev);
      return [{ id, name: ev.headline?.trim() || ev.name, dateLabel: d ? formatDate(d, lang) : undefined }];
    }),
  }));
}

/** How many provisions fared well, partly, or badly: the one-line answer above the list. */
export function provisionTally(lines: ProvisionLine[]): Record<ProvisionLine['tone'], number> {
  const out = { good: 0, mixed: 0, bad: 0, neutral: 0 };
  for (const l of lines) out[l.tone]++;
  return out;
}
