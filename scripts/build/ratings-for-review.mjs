// `npm run zip`, before WXT zips the sources: copies the rating files the bundled outlet index is
// built from into .generated/ratings/ (git-ignored, never committed), so the sources zip that
// Firefox's reviewers rebuild the add-on from holds them and their build gives the same index
// (PARALLAX_RATINGS_DIR=.generated/ratings; docs/store/README.md). Their licences allow passing
// them on with attribution: AllSides CC BY-NC 4.0, idiap Apache-2.0, Wikipedia CC BY-SA.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const from = process.env.PARALLAX_RATINGS_DIR ?? join(root, '../shared/data/ratings');
const to = join(root, '.generated/ratings');

if (!existsSync(from)) {
  console.error(
    `No rating files at ${from}: the store packages need the full outlet index. ` +
      'Put ../shared/data beside the project or set PARALLAX_RATINGS_DIR to their directory.',
  );
  process.exit(1);
}
if (from === to) process.exit(0);
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((name) => /\.(csv|json)$/.test(name));
for (const name of files) copyFileSync(join(from, name), join(to, name));
console.log(
  `Rating files for the reviewers' sources zip: ${files.length} copied to .generated/ratings/`,
);
