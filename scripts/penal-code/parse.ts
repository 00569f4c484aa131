/**
 * Builds the catalogue of offences from the consolidated Penal Code text.
 * Usage: npx node scripts/penal-code/parse.ts [source.md] [out.json]
 *   source defaults to ../shared/data/legal/hinh-su.md, out to packages/domain/src/penal-code/catalogue.json
 *   (paths relative to the repository root). A text consolidated after a later amending law gives a new
 *   version: write it to its own file and add it to CATALOGUE_VERSIONS in catalogue.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZCatalogueVersion } from '../../packages/domain/src/penal-code/catalogue-schema.ts';
import { buildCatalogue } from './build-catalogue.ts';
import { listParseGaps } from './list-parse-gaps.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = resolve(root, process.argv[2] ?? '../shared/data/legal/hinh-su.md');
const target = resolve(root, process.argv[3] ?? 'packages/domain/src/penal-code/catalogue.json');

const catalogue = ZCatalogueVersion.parse(buildCatalogue(readFileSync(source, 'utf8')));
writeFileSync(target, `${JSON.stringify(catalogue)}\n`);
// Biome lays the file out one clause per line, as `npm run check` expects it.
execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', target], { stdio: 'ignore' });

const clauses = catalogue.articles.flatMap((a) => a.clauses);
console.log(
  `${catalogue.version} from ${catalogue.effectiveFrom}: ${catalogue.articles.length} articles, ${clauses.length} clauses → ${target}`,
);
const gaps = listParseGaps(catalogue);
for (const gap of gaps) console.warn(`not read: ${gap}`);
if (gaps.length > 0) process.exitCode = 1;
