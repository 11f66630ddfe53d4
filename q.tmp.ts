import { searchSite } from './tests/e2e/search-index.ts';
import { runSearch } from './src/components/search/search.ts';
import { loadIndex } from './tests/e2e/search-index.ts';
const qs = process.argv.slice(2);
for (const q of qs) {
  const hits = await searchSite('dist', q);
  const r = await runSearch(await loadIndex('dist'), q);
  console.log(
    q.padEnd(26),
    r.answered ? 'OK ' : 'NO ',
    '→',
    hits
      .slice(0, 3)
      .map((h) => h.landing)
      .join('  ') || '(none)',
  );
}
