// npm run corpus -- [--json | --stats | --check [--draft] [--file NAME] | --fix [--file NAME]]
// --json prints the compiled corpus (every field, alias rules and linked timelines included).
// --draft reports content-quality problems (sources, headlines, roles, provisions) without failing.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { canonicalFile, validateCorpus } from '../src/core/corpus/validate';
import { entryDate } from '../src/core/corpus/types';
import { loadCorpus, readCorpusFiles } from './lib/corpus-files';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const corpus = loadCorpus();

if (args.includes('--fix')) {
  for (const f of readCorpusFiles()) if (!opt('--file') || basename(f.path) === opt('--file')) writeFileSync(f.path, canonicalFile(f.entries));
  console.log('corpus files rewritten in canonical form');
}

if (args.includes('--check') || args.length === 0) {
  const fileOf = new Map<string, string>();
  for (const f of readCorpusFiles()) for (const e of f.entries) fileOf.set(e.id, basename(f.path));
  const only = opt('--file');
  let problems = validateCorpus(corpus).map((p) => ({ ...p, file: fileOf.get(p.id.split(', ')[0]) ?? '(corpus)' }));
  for (const f of readCorpusFiles()) {
    if (canonicalFile(f.entries) !== f.text)
      problems.push({ id: basename(f.path), file: basename(f.path), message: 'not in canonical order/format (run npm run corpus -- --fix)' });
  }
  if (only) problems = problems.filter((p) => p.file === only);
  const draft = args.includes('--draft');
  const failing = problems.filter((p) => !(draft && p.quality));
  for (const p of problems) console.error(`corpus: ${p.file}: ${p.id}: ${p.message}${draft && p.quality ? ' (draft: not failing)' : ''}`);
  if (failing.length) {
    console.error(`corpus: ${failing.length} problem(s)`);
    process.exit(1);
  }
  console.log(
    `corpus: ${corpus.entries.length} entries OK (version ${corpus.version}, as of ${corpus.asOf})${problems.length ? `, ${problems.length} draft problem(s)` : ''}`,
  );
}

if (args.includes('--json')) {
  process.stdout.write(JSON.stringify({ version: corpus.version, asOf: corpus.asOf, entries: corpus.entries }, null, 2) + '\n');
}

if (args.includes('--stats')) {
  const byKind: Record<string, number> = {};
  const byDecade: Record<string, number> = {};
  const byYear: Record<string, number> = {};
  let dated = 0;
  for (const e of corpus.entries) {
    byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    const d = entryDate(e);
    if (e.kind === 'event' && d) {
      dated++;
      byYear[d.slice(0, 4)] = (byYear[d.slice(0, 4)] ?? 0) + 1;
    }
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
  const last = Number((corpus.asOf ?? '').slice(0, 4)) || new Date().getUTCFullYear();
  console.log('events per year from 1990:');
  for (let y = 1990; y <= last; y++) console.log(`  ${y}  ${String(byYear[y] ?? 0).padStart(3)}${(byYear[y] ?? 0) < 6 ? '  (fewer than 6)' : ''}`);
}
