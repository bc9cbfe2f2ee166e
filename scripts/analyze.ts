// npm run analyze -- [--json] [--sensitivity strict|normal|everywhere] [--density first|all] FILE.html|FOLDER...
// Runs the extension's own detection and matching on saved pages and explains the result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeHtml, type Analysis } from './lib/analyze-core';
import type { Sensitivity } from '../src/core/detection/detect';

const args = process.argv.slice(2);
const json = args.includes('--json');
const valueOf = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const sensitivity = (valueOf('--sensitivity') ?? 'normal') as Sensitivity;
const density = (valueOf('--density') ?? 'first') as 'first' | 'all';
const paths = args.filter((a, i) => !a.startsWith('--') && !['--sensitivity', '--density'].includes(args[i - 1]));
if (!paths.length) {
  console.error('usage: npm run analyze -- [--json] [--sensitivity strict|normal|everywhere] [--density first|all] FILE.html|FOLDER...');
  process.exit(2);
}

function files(p: string): string[] {
  if (statSync(p).isDirectory())
    return readdirSync(p)
      .sort()
      .flatMap((n) => files(join(p, n)));
  return /\.x?html?$/i.test(p) ? [p] : [];
}

const results: Analysis[] = [];
for (const p of paths) for (const f of files(p)) results.push(analyzeHtml(readFileSync(f, 'utf8'), f, { sensitivity, density }));

if (json) {
  process.stdout.write(JSON.stringify(results.length === 1 && paths.length === 1 && !statSync(paths[0]).isDirectory() ? results[0] : results, null, 2) + '\n');
} else {
  for (const r of results) {
    console.log(`\n${r.file}\n  title: ${r.title}`);
    console.log(`  article: ${r.isArticle ? 'yes' : 'no'} (${r.articleReasons.join('; ') || 'no article signs'})   published: ${r.publishedAt ?? 'unknown'}`);
    console.log(
      `  Korea: ${r.korea.related ? 'YES' : 'no'}   score ${r.korea.score}   coverage ${Math.round(r.korea.coverage * 100)} %   ${r.korea.verdict ?? ''}`,
    );
    for (const x of r.korea.reasons.slice(0, 8))
      console.log(`    ${String(x.points).padStart(6)}  ${x.label} (${x.where}, ×${x.count}${x.weight < 2 ? ', weak' : ''})`);
    if (r.matches.length) {
      console.log(`  highlights: ${r.highlights} in ${r.words} words (${r.per100Words} per 100 words)`);
      for (const m of r.matches) console.log(`    ${m.name} ×${m.count}: ${m.mentions.map((x) => `"${x.text}"${x.why ? ` (${x.why})` : ''}`).join(', ')}`);
    }
  }
}
