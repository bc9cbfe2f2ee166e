// Date labels on cards: closed periods as years, and gaps rounded the way a person says them.
import { describe, expect, it } from 'vitest';
import { formatSpan, gapLabel, spanCovers } from '../../src/core/cards/dates';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { buildCardModel } from '../../src/core/cards/card-model';
import { miniCorpus } from '../helpers/card-corpus';

describe('spans', () => {
  it('a closed thing across years reads as its years', () => {
    expect(formatSpan('2003-06-30', '2016-02-10')).toBe('2003–2016');
    expect(formatSpan('2003-06-30', '2016-02-10', 'ko')).toBe('2003–2016년');
    expect(buildCardModel(indexCorpus(miniCorpus), 'complex', null)!.dateLabel).toBe('2003–2016');
  });
  it('within a year or a month it keeps the days', () => {
    expect(formatSpan('2019-02-27', '2019-02-28')).toBe('27–28 Feb 2019');
    expect(formatSpan('2018-01-10', '2018-03-03')).toBe('10 Jan – 3 Mar 2018');
    expect(formatSpan('2018-01-10', '2018-03-03', 'ko')).toBe('2018년 1월 10일 – 3월 3일');
    expect(formatSpan('2018-04-27', '2018-04-27')).toBe('27 Apr 2018');
  });
  it('an open thing reads "since"', () => {
    expect(formatSpan('2003-06-30')).toBe('since 30 Jun 2003');
    expect(formatSpan(undefined, '2016')).toBe('until 2016');
    expect(formatSpan('2003', undefined, 'ko')).toBe('2003년부터');
  });
  it("spanCovers respects each date's precision", () => {
    expect(spanCovers('2020', '2022', '2022-12-31')).toBe(true);
    expect(spanCovers('2020-05-01', undefined, '2020-04-30')).toBe(false);
    expect(spanCovers(undefined, '2020-05', '2020-06-01')).toBe(false);
  });
});

describe('gaps', () => {
  const cases: [string, string, string][] = [
    ['2021-10-05', '2021-10-20', 'the same month'],
    ['2021-10-05', '2021-11-01', '1 month later'],
    ['2021-10-05', '2022-09-01', '11 months later'],
    ['2021-10-05', '2022-10-01', '1 year later'],
    ['2021-10-05', '2022-11-01', '1 year later'],
    ['2021-10-05', '2023-04-07', '1 year 6 months later'],
    ['2021-10-05', '2024-10-01', '3 years later'],
    ['2021-10-05', '2024-11-01', '3 years later'],
    ['2021-10-05', '2025-04-01', '3 years 6 months later'],
    ['2021-10-05', '2025-08-01', 'almost 4 years later'],
    ['2021-10-05', '2025-09-01', 'almost 4 years later'],
    ['2010-01-01', '2017-02-01', '7 years later'],
    ['2010-01-01', '2017-06-01', 'over 7 years later'],
    ['2010-01-01', '2017-11-01', 'almost 8 years later'],
    ['2021-10-05', '2023', '2 years later'],
    ['2021', '2021-12-01', 'the same year'],
    ['2021-10-05', '2019-10-01', '2 years earlier'],
  ];
  for (const [a, b, want] of cases) it(`${a} → ${b}: ${want}`, () => expect(gapLabel(a, b)).toBe(want));
  it('Korean', () => {
    expect(gapLabel('2021-10-05', '2025-08-01', 'ko')).toBe('거의 4년 후');
    expect(gapLabel('2021-10-05', '2023-04-07', 'ko')).toBe('1년 6개월 후');
    expect(gapLabel('2010-01-01', '2017-06-01', 'ko')).toBe('7년여 후');
    expect(gapLabel('2021-10-05', '2021-10-09', 'ko')).toBe('같은 달');
  });
});
