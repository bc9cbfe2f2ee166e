// npm run corpus -- [--json | --stats | --check | --fix]
import { writeFileSync } from 'node:fs';
import { canonicalFile, validateCorpus } from '../src/core/corpus/validate';
import { entryDate } from '../src/core/corpus/types';
import { loadCorpus, readCorpusFiles } from './lib/corpus-files';

const args = process.argv.slice(2);
const corpus = loadCorpus();

if (args.includes('--fix')) {
  for (const f of readCorpusFiles()) writeFileSync(f.path, canonicalFile(f.entries));
  console.log('corpus files rewritten in canonical form');
}

if (args.includes('--check') || args.length === 0) {
  const problems = validateCorpus(corpus);
  for (const f of readCorpusFiles()) {
    if (canonicalFile(f.entries) !== f.text) problems.push({ id: f.path.split('/').pop()!, message: 'not in canonical order/format (run npm run corpus -- --fix)' });
  }
  if (problems.length) {
    for (const p of problems) console.error(`corpus: ${p.id}: ${p.message}`);
    console.error(`corpus: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`corpus: ${corpus.entries.length} entries OK (version ${corpus.version}, as of ${corpus.asOf})`);
}

if (args.includes('--json')) {
  const out = {
    version: corpus.version,
    asOf: corpus.asOf,
    entries: corpus.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      ...(e.hangul ? { hangul: e.hangul } : {}),
      aliases: e.aliases,
      ...(e.date ? { date: e.date } : {}),
      ...(e.start ? { start: e.start } : {}),
      ...(e.end ? { end: e.end } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.eventType ? { eventType: e.eventType } : {}),
      summary: e.summary,
      ...(e.outcome ? { outcome: e.outcome } : {}),
      ...(e.accounts ? { accounts: e.accounts } : {}),
      sources: e.sources.map((s) => ({ url: s.url, title: s.title })),
      related: e.related,
      ...(e.timeline ? { timeline: e.timeline } : {}),
      reviewed: e.reviewed,
    })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

if (args.includes('--stats')) {
  const byKind: Record<string, number> = {};
  const byDecade: Record<string, number> = {};
  let dated = 0;
  for (const e of corpus.entries) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const d = entryDate(e);
    if (e.kind === 'event' && d) dated++;
    if (d) {
      const dec = d.slice(0, 3) + '0s';
      byDecade[dec] = (byDecade[dec] ?? 0) + 1;
    }
  }
  console.log(`entries: ${corpus.entries.length}`);
  console.log(`dated events: ${dated}`);
  console.log('by kind:');
  for (const [k, n] of Object.entries(byKind).sort()) console.log(`  ${k.padEnd(14)} ${n}`);
  console.log('by decade (dated entries):');
  for (const [k, n] of Object.entries(byDecade).sort()) console.log(`  ${k.padEnd(14)} ${n}`);
}
