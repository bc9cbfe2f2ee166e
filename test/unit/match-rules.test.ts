// Matching that reads like a person: inflection, episode words and their context rules, titles by
// the article's date, coreference, collisions with ordinary words, density, and alias guards.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formsOf, indexCorpus, resolveMentions, type MentionOptions } from '../../src/core/corpus/corpus-index';
import { loadCorpus } from '../../scripts/lib/corpus-files';
import { inflections } from '../../src/core/matching/inflect';
import { termsOf } from '../../src/core/matching/titles';
import { SHARED } from '../helpers/server';

const corpus = loadCorpus();
const index = indexCorpus(corpus);
const KOREA: MentionOptions = { koreaPage: true };

/** "text → id (why)" for every mention. */
function found(text: string, opts: MentionOptions = KOREA): string[] {
  return resolveMentions(index, text, opts).map((m) => `${text.slice(m.start, m.end)} → ${index.entries[m.entry].id}${m.why ? ` (${m.why})` : ''}`);
}
const ids = (text: string, opts: MentionOptions = KOREA) => resolveMentions(index, text, opts).map((m) => index.entries[m.entry].id);

describe('English inflection', () => {
  it('makes singulars and plurals of common-noun aliases only', () => {
    expect(inflections('joint military exercises')).toEqual(['joint military exercise']);
    expect(inflections('hotline')).toEqual(['hotlines']);
    expect(inflections('comfort women')).toEqual(['comfort woman']);
    expect(inflections('Kaesong')).toEqual([]);
    expect(inflections('six-party talks')).toEqual([]);
  });
  it('finds the singular of a plural alias and the possessive of a name', () => {
    const t = 'North Korea slammed South Korea for the joint military exercise. Kim Jong Un’s sister spoke.';
    expect(ids(t)).toEqual(expect.arrayContaining(['topic-joint-exercises', 'kim-jong-un']));
  });
});

describe('episode words', () => {
  it('link only on a page detected as Korea, and only where the paragraph supports it', () => {
    const t = 'North Korea restored the hotlines with Seoul on Monday.';
    expect(ids(t, {})).not.toContain('topic-inter-korean-hotlines');
    expect(found(t)).toContain('the hotlines → topic-inter-korean-hotlines (episode)');
    expect(ids('The Pentagon and Beijing agreed to reopen the military hotline.')).toEqual([]);
  });
  it('tell an inter-Korean summit from a US–North Korea one by the names around the word', () => {
    expect(found('Moon Jae-in and Kim Jong Un agreed to hold another summit in Pyongyang.')).toContain('summit → topic-inter-korean-summits (episode)');
    expect(found('Donald Trump said a third summit with Kim Jong Un was possible.')).toContain('summit → topic-us-dprk-summits (episode)');
    expect(ids('North Korea was not on the agenda of the G20 summit in Osaka.')).not.toContain('topic-us-dprk-summits');
    expect(ids('Xi Jinping and Vladimir Putin held a summit in Moscow.').filter((id) => id.startsWith('topic-'))).toEqual([]);
  });
  it('joint drills are the Korea–US ones only beside Korea, not US–Philippine war games', () => {
    expect(found('Pyongyang condemned the South Korea-U.S. joint military exercise as a rehearsal for invasion.')).toContain(
      'joint military exercise → topic-joint-exercises',
    );
    expect(found('North Korea warned Seoul over the joint drills.')).toContain('joint drills → topic-joint-exercises (episode)');
    expect(ids('The Philippines and the United States began joint drills in the South China Sea.')).toEqual([]);
  });
  it('leaflets, balloons, loudspeakers, the armistice, family reunions, the liaison office', () => {
    const t = [
      'North Korea sent trash balloons across the border after activists in the South launched leaflets.',
      'Seoul switched the loudspeakers back on along the border with North Korea.',
      'The two Koreas remain technically at war because the armistice was never replaced.',
      'Family reunions for Koreans separated by the war stopped when North Korea cut contact.',
      'North Korea blew up the liaison office near the inter-Korean border.',
    ].join('\n');
    const got = ids(t);
    for (const id of ['balloon-leaflets', 'propaganda-loudspeakers', 'korean-armistice-agreement', 'topic-family-reunions', 'inter-korean-liaison-office'])
      expect(got).toContain(id);
  });
});

describe('titles and surnames by the article date', () => {
  it('"President Lee" is Lee Myung-bak in 2010 and Lee Jae-myung in 2025', () => {
    const t = 'President Lee said Seoul would respond firmly to North Korea.';
    expect(found(t, { ...KOREA, articleDate: '2010-11-24' })).toContain('President Lee → lee-myung-bak (date-rule)');
    expect(found(t, { ...KOREA, articleDate: '2025-08-15' })).toContain('President Lee → lee-jae-myung (date-rule)');
  });
  it('"former President" picks the holder whose term had ended', () => {
    const t = 'Former President Lee met North Korea experts in Seoul.';
    expect(found(t, { ...KOREA, articleDate: '2016-05-01' })).toContain('President Lee → lee-myung-bak (date-rule)');
  });
  it('the unification minister and 이 대통령 resolve by date', () => {
    expect(ids('The unification minister urged North Korea to return to talks.', { ...KOREA, articleDate: '2025-09-01' })).toContain('chung-dong-young');
    expect(ids('이 대통령은 북한에 대화를 제안했다.', { ...KOREA, articleDate: '2025-09-01' })).toContain('lee-jae-myung');
  });
  it('reads dated offices from roles, or from the role text when roles are absent', () => {
    const moon = corpus.entries.find((e) => e.id === 'moon-jae-in')!;
    expect(termsOf(moon).some((t) => /President/.test(t.title) && t.start?.startsWith('2017'))).toBe(true);
    expect(termsOf({ ...moon, roles: undefined, role: 'President of South Korea (2017–2022)' })).toEqual([
      { title: 'President of South Korea', start: '2017', end: '2022', open: false },
    ]);
  });
});

describe('coreference', () => {
  it('a later surname means the last full name the article used', () => {
    const t = 'Kim Jong Un met officials. His sister Kim Yo Jong issued a statement. Kim said Seoul would pay.';
    const last = resolveMentions(index, t, KOREA)
      .filter((m) => t.slice(m.start, m.end) === 'Kim')
      .pop()!;
    expect(t.slice(last.start, last.end)).toBe('Kim');
    expect(index.entries[last.entry].id).toBe('kim-yo-jong');
    expect(last.why).toBe('coreference');
  });
  it('a surname alone, with no full name before it, is nobody', () => {
    expect(ids('Chung said the talks went well.')).toEqual([]);
  });
});

describe('Hangul: particles kept, ordinary words left alone', () => {
  it('matches names with particles', () => {
    expect(ids('김정은은 평양에서 연설했다.', { ...KOREA, quiet: false })).toEqual(['kim-jong-un', 'pyongyang']);
  });
  it('나선 the verb, 개성 "personality", 최강 "strongest", 일본 외무성 are not names', () => {
    expect(ids('“엔비디아 없으면 화웨이로 메운다”…AI반도체 자급자족 나선 중국')).toEqual([]);
    expect(ids('그는 경선에 나선 후보들과 토론했다.')).toEqual([]);
    expect(ids('개성 있는 디자인으로 인기를 끌었다. 개성이 강한 배우다.')).toEqual([]);
    expect(ids('최강 한파가 몰아쳤다. 세계 최강 팀이다.')).toEqual([]);
    expect(ids('일본 외무성은 성명을 냈다.')).toEqual([]);
  });
  it('but the place and the ministry still count in North Korea stories', () => {
    expect(ids('북한은 개성에서 남북 회담을 열자고 제안했다.')).toContain('kaesong');
    expect(ids('북한 외무성은 담화를 발표했다.')).toContain('mofa-dprk');
    expect(ids('북한은 나선경제특구에 투자를 요청했다.')).toContain('rason');
  });
});

describe('English collisions', () => {
  const none = (t: string) => expect(found(t)).toEqual([]);
  it('names that belong to others are not matched without the peninsula nearby', () => {
    none('Freedom House rated the country "not free" in its annual report.');
    none('The JCS chairman, Gen. Mark Milley, briefed Congress on Ukraine.');
    none('Trump restored maximum pressure on Iran.');
    expect(ids("China's Central Military Commission is chaired by Xi Jinping.")).not.toContain('central-military-commission');
    none('Researchers at INSS in Tel Aviv published a study on Hezbollah.');
    none('The country updated its NDC under the Paris Agreement.');
    none('The hospital was built as a PPP with private investors.');
    none('Set the RGB value of the pixel.');
  });
  it('the same names count in a North Korea story', () => {
    expect(ids("North Korea's RGB, the Reconnaissance General Bureau, runs the hackers, Kim Jong Un said.")).toContain('reconnaissance-general-bureau');
    expect(ids("South Korea's JCS said North Korea fired a missile. Seoul's Joint Chiefs of Staff gave no details.")).toContain('joint-chiefs-of-staff');
  });
});

describe('alias guards reach the compiled index', () => {
  it('guards are applied when the corpus is loaded', () => {
    const rason = corpus.entries.find((e) => e.id === 'rason')!;
    expect(rason.aliases).not.toContain('나선');
    expect(rason.aliases).toContain('나선경제특구');
    const kaesong = corpus.entries.find((e) => e.id === 'kaesong')!;
    expect(kaesong.aliasRules?.some((r) => r.alias === '개성' && r.rule === 'requires')).toBe(true);
    const fh = index.aliases.find((a) => a.text === 'Freedom House');
    expect(fh).toBeUndefined();
  });
  it('formsOf lists what the index matches for an entry', () => {
    const forms = formsOf(index, index.byId.get('topic-joint-exercises')!);
    expect(forms).toEqual(expect.arrayContaining(['joint military exercises', 'joint military exercise']));
  });
});

// Density on the three sample articles: at most one highlight per 40 words by default.
const SAMPLES = join(SHARED, 'samples');
const DATES: Record<string, string> = {
  '000_fd5d5821d0ac786a.txt': '2021-10-05',
  '001_f9ac84a3b34b9264.txt': '2019-08-10',
  '004_1cc8640bfb3e0eb5.txt': '2018-03-06',
};
describe.skipIf(!existsSync(SAMPLES))('density on the sample articles (skipped: ../shared/samples is absent)', () => {
  for (const [file, date] of Object.entries(DATES)) {
    it(`${file}: ≤ 1 highlight per 40 words by default, every mention when asked`, () => {
      const text = readFileSync(join(SAMPLES, file), 'utf8');
      const words = text.split(/\s+/).filter(Boolean).length;
      const first = resolveMentions(index, text, { articleDate: date, koreaPage: true, density: 'first' });
      const all = resolveMentions(index, text, { articleDate: date, koreaPage: true, density: 'all' });
      expect(first.length).toBeLessThanOrEqual(words / 40);
      expect(all.length).toBeGreaterThan(first.length);
      // Capitals are quiet by default.
      expect(first.map((m) => index.entries[m.entry].id)).not.toContain('seoul');
    });
  }
  it('links the episode words of the first sample', () => {
    const text = readFileSync(join(SAMPLES, '000_fd5d5821d0ac786a.txt'), 'utf8');
    const got = new Set(resolveMentions(index, text, { articleDate: '2021-10-05', koreaPage: true }).map((m) => index.entries[m.entry].id));
    for (const id of ['topic-inter-korean-hotlines', 'topic-inter-korean-summits', 'topic-joint-exercises']) expect(got.has(id), id).toBe(true);
  });
});
