// A person's card: who they were at the article's date and who they are now, from dated roles.
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { buildCardModel } from '../../src/core/cards/card-model';
import { personRoles, rolesAt } from '../../src/core/cards/person';
import { miniCorpus } from '../helpers/card-corpus';

const idx = indexCorpus(miniCorpus);
const ROLES = miniCorpus.entries.find((e) => e.id === 'president-x')!.roles!;

describe('person roles', () => {
  it("finds the posts held on a date, at each date's precision", () => {
    expect(rolesAt(ROLES, '2021-10-05').map((r) => r.title)).toEqual(['President']);
    expect(rolesAt(ROLES, '2016-05-29').map((r) => r.title)).toEqual(['Member of the National Assembly']);
    expect(rolesAt(ROLES, '2016-06-01')).toEqual([]);
    // A role starting "2024" covers any day of 2024; one ending "2022-05" covers all of May 2022.
    expect(rolesAt(ROLES, '2024-01-01').map((r) => r.title)).toEqual(['Foundation chair']);
    expect(rolesAt([{ title: 'Envoy', start: '2019', end: '2022-05' }], '2022-05-31').map((r) => r.title)).toEqual(['Envoy']);
    expect(rolesAt([{ title: 'Envoy', start: '2019', end: '2022-05' }], '2022-06-01')).toEqual([]);
  });

  it('then and now on the card, with spans', () => {
    const m = buildCardModel(idx, 'president-x', '2021-10-05')!;
    expect(m.person!.atArticle).toEqual([{ title: 'President', span: '2017–2022' }]);
    expect(m.person!.now).toEqual([{ title: 'Foundation chair', span: 'since 2024' }]);
    expect(m.person!.unchanged).toBe(false);
    expect(m.person!.all.map((r) => r.title)).toEqual(['Member of the National Assembly', 'President', 'Foundation chair']);
    expect(m.subtitle).toBeUndefined();
  });

  it('says when nothing is current, with the last post', () => {
    const p = personRoles([{ title: 'Minister', start: '2018-01-01', end: '2020-03-01' }], '2019-01-01', '2026-11-22', 'en')!;
    expect(p.now).toEqual([]);
    expect(p.last).toEqual({ title: 'Minister', span: '2018–2020' });
    expect(p.atArticle).toEqual([{ title: 'Minister', span: '2018–2020' }]);
  });

  it('marks then and now unchanged, and has no "then" without an article date', () => {
    const roles = [{ title: 'Leader', start: '2011-12-30' }];
    expect(personRoles(roles, '2021-10-05', '2026-11-22', 'en')!.unchanged).toBe(true);
    const none = personRoles(roles, null, '2026-11-22', 'ko')!;
    expect(none.atArticle).toBeUndefined();
    expect(none.now).toEqual([{ title: 'Leader', span: '2011년 12월 30일부터' }]);
  });

  it('falls back to the role line without dated roles', () => {
    const m = buildCardModel(idx, 'analyst', '2021-10-05')!;
    expect(m.person).toBeUndefined();
    expect(m.subtitle).toBe('Senior fellow');
  });
});
