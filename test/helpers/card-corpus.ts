// A small hand-made corpus for card-model unit tests: a recurring topic, its events, a person with
// dated roles, an analyst who only links to the topic, an agreement with provisions, and a place
// that is the subject of a topic next to a city that is not.
import type { Corpus, Entry } from '../../src/core/corpus/types';

const SRC = (id: string) => [{ url: 'https://example.org/' + id, title: id }];

export const ev = (id: string, date: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  kind: 'event',
  eventType: 'hotline',
  name: 'Event ' + id,
  aliases: [],
  date,
  summary: `Summary of ${id}. More.`,
  related: [],
  sources: SRC(id),
  reviewed: '2026-11-22',
  ...extra,
});

const years = [1971, 1985, 1992, 2000, 2005, 2008, 2010, 2013, 2016, 2018];
const topicEvents: Entry[] = [
  ...years.map((y) => ev(`h-${y}`, `${y}-03-01`)),
  ev('h-2021-07', '2021-07-27', { headline: 'Lines restored on the armistice anniversary', related: ['president-x'] }),
  ev('h-2021-08', '2021-08-10', { related: ['president-x'] }),
  ev('h-2022', '2022-05-01'),
  ev('h-2023', '2023-04-07'),
  ev('h-2024', '2024-02'),
  ev('h-2025', '2025-08-01'),
];

export const miniCorpus: Corpus = {
  version: '9.9.9',
  asOf: '2026-11-22',
  entries: [
    ...topicEvents,
    {
      id: 'topic-lines',
      kind: 'topic',
      name: 'Communication lines',
      aliases: ['the hotlines'],
      summary: 'Every opening and cut of the lines.',
      related: [],
      timeline: topicEvents.map((e) => e.id),
      sources: SRC('t'),
      reviewed: '2026-11-22',
    },
    {
      id: 'analyst',
      kind: 'person',
      name: 'An Analyst',
      aliases: [],
      country: 'US',
      role: 'Senior fellow',
      summary: 'Writes about the talks.',
      related: ['topic-lines', 'president-x'],
      sources: SRC('a'),
      reviewed: '2026-11-22',
    },
    {
      id: 'president-x',
      kind: 'person',
      name: 'President X',
      aliases: [],
      country: 'KR',
      summary: 'A president.',
      related: ['ev-election'],
      roles: [
        { title: 'Member of the National Assembly', start: '2012-05-30', end: '2016-05-29' },
        { title: 'President', start: '2017-05-10', end: '2022-05-09' },
        { title: 'Foundation chair', start: '2024' },
      ],
      sources: SRC('x'),
      reviewed: '2026-11-22',
    },
    ev('ev-election', '2017-05-09', { eventType: 'politics', name: 'Election' }),
    {
      id: 'declaration',
      kind: 'agreement',
      name: 'The Declaration',
      aliases: [],
      date: '2018-04-27',
      summary: 'An agreement.',
      related: ['topic-lines', 'h-2018'],
      provisions: [
        { text: 'Open a liaison office', status: 'reversed', fate: 'Opened in 2018, blown up in 2020.', events: ['h-2018', 'h-2021-07', 'nope'] },
        { text: 'Hold family reunions', status: 'partly implemented', fate: 'One round in August 2018.' },
        { text: 'Stop hostile acts', status: 'suspended', fate: 'Suspended in 2023.' },
        { text: 'Work towards a peace regime', status: 'not implemented', fate: 'No talks since 2019.' },
        { text: 'Keep the hotline', status: 'in force', fate: 'Still there.' },
      ],
      sources: SRC('d'),
      reviewed: '2026-11-22',
    },
    {
      id: 'complex',
      kind: 'place',
      name: 'Kaesong Industrial Complex',
      aliases: ['Kaesong complex'],
      start: '2003-06-30',
      end: '2016-02-10',
      summary: 'A factory park.',
      related: ['topic-complex', 'city'],
      sources: SRC('c'),
      reviewed: '2026-11-22',
    },
    {
      id: 'city',
      kind: 'place',
      name: 'Kaesong',
      aliases: ['Kaesong'],
      summary: 'A city.',
      related: ['topic-complex'],
      sources: SRC('k'),
      reviewed: '2026-11-22',
    },
    {
      id: 'topic-complex',
      kind: 'topic',
      name: 'Kaesong Industrial Complex: openings and shutdowns',
      aliases: ['Kaesong shutdown'],
      summary: 'Openings and closures.',
      related: ['complex', 'city'],
      timeline: ['c-2004', 'c-2013', 'c-2016'],
      sources: SRC('tc'),
      reviewed: '2026-11-22',
    },
    ev('c-2004', '2004-12-15', { eventType: 'facility' }),
    ev('c-2013', '2013-04-03', { eventType: 'facility' }),
    ev('c-2016', '2016-02-10', { eventType: 'facility', name: 'Kaesong closure' }),
  ],
};
