import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceTree, type SourceFile } from './import-graph';
import { layerViolations } from './layer-rules';

const ROOT = resolve(import.meta.dirname, '../../..');

/** A fake file importing `targets` (repository paths) or packages. */
function file(path: string, targets: string[], text = ''): SourceFile {
  return {
    path,
    text,
    imports: targets.map((target) =>
      target.includes('/') && !target.startsWith('kysely')
        ? { specifier: `./${target}`, target, typeOnly: false }
        : { specifier: target, target: null, typeOnly: false },
    ),
  };
}

const rulesBroken = (files: SourceFile[]) => layerViolations(files).map((v) => v.rule);

describe('layer rules', () => {
  it('hold in this repository', () => {
    const violations = layerViolations(readSourceTree(ROOT));
    expect(violations.map((v) => `${v.file} → ${v.detail} (${v.rule})`)).toEqual([]);
  });

  it('see the whole tree, not a part of it', () => {
    const files = readSourceTree(ROOT).map((f) => f.path);
    for (const expected of [
      'core/lookup.ts',
      'core/detect/detect-article.ts',
      'server/app.ts',
      'entrypoints/background.ts',
      'components/popup/popup-view.tsx',
      'utils/background/page-flow.ts',
    ]) {
      expect(files).toContain(expected);
    }
  });

  it('catch core reaching into the extension or the server', () => {
    expect(rulesBroken([file('core/a.ts', ['utils/shared/settings.ts'])])).toEqual([
      'core imports no extension or server code',
    ]);
    expect(rulesBroken([file('core/a.ts', ['server/store/store.ts'])])).toEqual([
      'core imports no extension or server code',
    ]);
  });

  it('catch the server and the extension importing each other', () => {
    expect(rulesBroken([file('server/cli/x.ts', ['utils/shared/settings.ts'])])).toEqual([
      'the server imports no extension code',
    ]);
    expect(rulesBroken([file('utils/background/x.ts', ['server/app.ts'])])).toEqual([
      'the extension imports no server code',
    ]);
  });

  it('catch a database handle or SQL outside the store', () => {
    expect(rulesBroken([file('server/ingest/x.ts', ['kysely'])])).toEqual([
      'no database handle outside server/store/',
    ]);
    expect(rulesBroken([file('server/wire/x.ts', ['server/store/schema.ts'])])).toEqual([
      'no database handle outside server/store/',
    ]);
    expect(
      rulesBroken([file('server/cluster/x.ts', [], "await tx.selectFrom('articles')")]),
    ).toEqual(['no SQL outside server/store/']);
    expect(rulesBroken([file('server/store/x.ts', ['kysely'], 'db.selectFrom("a")')])).toEqual([]);
  });

  it('catch the store importing domain code', () => {
    expect(rulesBroken([file('server/store/x.ts', ['server/stories/summary.ts'])])).toEqual([
      'store/ imports no domain code',
    ]);
    expect(rulesBroken([file('server/store/x.ts', ['core/story.ts'])])).toEqual([]);
  });

  it('catch a route reading stories from the store instead of the story service', () => {
    expect(rulesBroken([file('server/routes/x.ts', ['server/store/stories-part.ts'])])).toEqual([
      'routes read stories through the story service, not the store',
    ]);
    expect(rulesBroken([file('server/routes/x.ts', ['server/stories/story-service.ts'])])).toEqual(
      [],
    );
  });

  it('catch components reaching into utils and extension code into build-time scripts', () => {
    expect(rulesBroken([file('components/popup/x.tsx', ['utils/shared/settings.ts'])])).toEqual([
      'components get what they show through props and clients, not utils/',
    ]);
    expect(
      rulesBroken([file('components/popup/x.test.tsx', ['utils/shared/settings.ts'])]),
    ).toEqual([]);
    expect(rulesBroken([file('utils/shared/x.ts', ['scripts/build/match-patterns.ts'])])).toEqual([
      'extension code imports no build-time code (scripts/)',
    ]);
  });
});
