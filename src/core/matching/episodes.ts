/**
 * Episode words: the generic words a story uses for a recurring episode of inter-Korean
 * history ("the hotlines", "the summit", "joint drills"). They link to a topic only on a
 * page about Korea and only where the paragraph's names say which topic: a summit beside
 * Moon or Seoul is an inter-Korean one, beside Trump or Washington a US–North Korea one.
 */
import type { Side } from '../detection/keywords';

/** The names around an episode word: the nearest country marker and what the paragraph holds. */
export interface EpisodeContext {
  /** Sides present in the paragraph (and the one before it). */
  sides: ReadonlySet<Side>;
  /** The side of the nearest marker among those asked for, or null. */
  nearest(among: readonly Side[]): Side | null;
  /** The few words before the episode word, lower-cased. */
  before: string;
}

export interface Episode {
  /** Singular forms; plurals are added when the index is built. Hangul forms as written. */
  phrases: string[];
  /** The topic (or entry) id this occurrence stands for, or null to leave it alone. */
  pick(ctx: EpisodeContext): string | null;
}

const northOrBoth = (c: EpisodeContext) => c.sides.has('N') || c.sides.has('K');

export const EPISODES: Episode[] = [
  {
    phrases: [
      'hotline',
      'the hotline',
      'communication line',
      'communication channel',
      'liaison channel',
      '핫라인',
      '직통전화',
      '통신선',
      '연락채널',
      '연락 채널',
    ],
    pick: (c) =>
      northOrBoth(c) && c.nearest(['N', 'K', 'S', 'US', 'CN', 'RU', 'JP', 'X']) !== 'CN' && !/\b(military|pentagon|crisis)\s*$/.test(c.before)
        ? 'topic-inter-korean-hotlines'
        : null,
  },
  {
    phrases: ['summit', 'summit talks', 'summitry', '정상회담', '수뇌회담', '수뇌상봉'],
    pick: (c) => {
      if (!northOrBoth(c) || /\b(g7|g20|apec|asean|nato|brics|quad|eu|climate|trilateral|three-way|camp david|security)\s*$/.test(c.before)) return null;
      const s = c.nearest(['S', 'K', 'US', 'CN', 'RU', 'JP']);
      if (s === 'S' || s === 'K') return 'topic-inter-korean-summits';
      if (s === 'US') return 'topic-us-dprk-summits';
      return null;
    },
  },
  {
    phrases: [
      'joint drill',
      'joint exercise',
      'joint military drill',
      'joint military exercise',
      'combined exercise',
      'combined military exercise',
      'combined drill',
      'military drill',
      'military exercise',
      'joint military training',
      'large-scale drill',
      'war game',
      'wargame',
      '연합훈련',
      '연합연습',
      '합동훈련',
      '한미훈련',
      '한미 훈련',
    ],
    pick: (c) => {
      if (!(c.sides.has('S') || northOrBoth(c))) return null;
      const s = c.nearest(['S', 'K', 'N', 'US', 'JP', 'CN', 'RU', 'X']);
      return s === 'S' || s === 'K' || s === 'N' || (s === 'US' && (c.sides.has('S') || c.sides.has('N'))) ? 'topic-joint-exercises' : null;
    },
  },
  {
    phrases: ['armistice', 'the armistice', 'armistice agreement', 'truce agreement', '정전협정', '휴전협정'],
    pick: (c) => (northOrBoth(c) || c.sides.has('S') ? 'korean-armistice-agreement' : null),
  },
  { phrases: ['liaison office', '연락사무소', '공동연락사무소'], pick: (c) => (northOrBoth(c) ? 'inter-korean-liaison-office' : null) },
  { phrases: ['family reunion', 'reunion', 'reunion event', '이산가족 상봉', '상봉'], pick: (c) => (northOrBoth(c) ? 'topic-family-reunions' : null) },
  {
    phrases: [
      'leaflet',
      'balloon',
      'trash balloon',
      'garbage balloon',
      'waste balloon',
      'leaflet launch',
      '전단',
      '대북전단',
      '오물풍선',
      '오물 풍선',
      '쓰레기 풍선',
      '풍선',
    ],
    pick: (c) => (northOrBoth(c) ? 'balloon-leaflets' : null),
  },
  { phrases: ['loudspeaker', 'loudspeaker broadcast', '확성기', '확성기 방송'], pick: (c) => (northOrBoth(c) ? 'propaganda-loudspeakers' : null) },
  { phrases: ['nuclear test', 'underground nuclear test', '핵실험'], pick: (c) => (c.sides.has('N') ? 'topic-nuclear-tests' : null) },
  {
    phrases: [
      'working-level talks',
      'nuclear talks',
      'denuclearization talks',
      'denuclearisation talks',
      'high-level talks',
      'nuclear negotiations',
      'inter-Korean talks',
      'US-North Korea talks',
      'U.S.-North Korea talks',
      'North Korea-US talks',
      'North Korea-U.S. talks',
      'nuclear diplomacy',
      '실무협상',
      '비핵화 협상',
      '고위급회담',
    ],
    pick: (c) => {
      if (!northOrBoth(c) || /\b(trade|tariff|peace|ceasefire|climate)\s*$/.test(c.before)) return null;
      const s = c.nearest(['S', 'K', 'US', 'CN', 'RU', 'JP', 'X']);
      if (s === 'US') return 'topic-us-dprk-summits';
      if (s === 'S' || s === 'K') return 'inter-korean-relations';
      return null;
    },
  },
];
