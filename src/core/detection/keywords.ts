/**
 * Words that place a sentence without being corpus names: Korea words (evidence for
 * detection and context for matching) and country markers (context only: which
 * side of a summit, whose joint drill, whose foreign ministry).
 */

/** N: North Korea; S: South Korea; K: both Koreas or the peninsula; k: "Korea" alone; others: marker countries. */
export type Side = 'N' | 'S' | 'K' | 'k' | 'US' | 'CN' | 'RU' | 'JP' | 'X';

export interface Keyword {
  text: string;
  side: Side;
  /** Detection weight; 0 for context-only markers. */
  weight: number;
  /** Strong words point at the peninsula's politics by themselves. */
  strong: boolean;
  /** Matched with its capitals only ("the North", not "the north"). */
  cased?: boolean;
}

const kw = (side: Side, weight: number, strong: boolean, words: string[]): Keyword[] => words.map((text) => ({ text, side, weight, strong }));

export const KEYWORDS: Keyword[] = [
  ...kw('N', 3, true, ['North Korea', 'North Korean', 'North Koreans', 'N. Korea', 'N. Korean', 'N Korea', '북한', '북측', '북한군', '북핵', '조선반도']),
  // "the North" names North Korea in Korea stories, and other places elsewhere: context, not evidence.
  ...kw('N', 0.5, false, ['the North', "the North's", 'the communist North', 'the reclusive North']).map((k) => ({ ...k, cased: true })),
  ...kw('K', 3, true, ['inter-Korean', 'Korean Peninsula', 'two Koreas', 'Koreas', 'Korean War', '남북', '남북한', '대북', '한반도']),
  ...kw('S', 1, false, ['South Korea', 'South Korean', 'South Koreans', 'S. Korea', 'S. Korean', '남한', '대한민국']),
  ...kw('k', 1, false, ['Korea', 'Korean', 'Koreans', '한국']),
  ...kw('US', 0, false, ['U.S.', 'US', 'USA', 'United States', 'Washington', 'American', 'Americans', '미국', '한미', '미측']),
  ...kw('CN', 0, false, ['China', 'Chinese', 'Beijing', '중국']),
  ...kw('RU', 0, false, ['Russia', 'Russian', 'Moscow', 'Kremlin', '러시아']),
  ...kw('JP', 0, false, ['Japan', 'Japanese', 'Tokyo', '일본']),
  ...kw('X', 0, false, [
    'Philippines',
    'Philippine',
    'Taiwan',
    'Taiwanese',
    'Australia',
    'Australian',
    'India',
    'Indian',
    'Israel',
    'Israeli',
    'Iran',
    'Iranian',
    'Ukraine',
    'Ukrainian',
    'NATO',
    'Vietnam',
    'Thailand',
    'Indonesia',
    'Britain',
    'British',
    'France',
    'French',
    'Germany',
    'German',
    'Europe',
    'European',
    'Venezuela',
    'Mexico',
    'Canada',
    'Gaza',
    'Syria',
    'Pakistan',
  ]),
];
