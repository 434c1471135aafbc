import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The popup's first paint is fast because of what it does NOT load (bench/popup-in-chromium.ts
 * measures it): the early script must stay free of zod, Preact and the polyfill, and the popup's
 * own modules must not statically reach the polyfill or WXT storage (they are loaded on demand,
 * for Retry and the like). This walks the static, value imports of both entry files.
 */

const ROOT = resolve(import.meta.dirname, '../..');

function resolveRelative(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Static imports that bring values (not `import type`, not dynamic `import()`). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.every((element) => element.isTypeOnly)
          : false);
      if (!typeOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      !statement.isTypeOnly
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

/** Every package a file reaches through static value imports, with the path that got there. */
function packagesReached(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('.')) {
        const next = resolveRelative(file, specifier);
        if (next) walk(next, [...path, relative(ROOT, next)]);
      } else if (!reached.has(specifier)) {
        reached.set(specifier, [...path, specifier].join(' → '));
      }
    }
  };
  walk(join(ROOT, entry), [entry]);
  return reached;
}

describe('what the popup loads before its first paint', () => {
  it('the early script reaches no package but WXT’s unlisted-script wrapper', () => {
    const reached = packagesReached('entrypoints/popup-early.ts');
    expect([...reached.keys()]).toEqual(['wxt/utils/define-unlisted-script']);
  });

  it('the popup module reaches neither the polyfill nor WXT storage', () => {
    const reached = packagesReached('entrypoints/popup/main.tsx');
    for (const heavy of ['wxt/browser', 'wxt/utils/storage', 'webextension-polyfill']) {
      expect(reached.get(heavy), `reached through ${reached.get(heavy)}`).toBeUndefined();
    }
    // It does reach what it needs: the contract (zod) and the UI (Preact).
    expect(reached.has('zod')).toBe(true);
    expect(reached.has('preact')).toBe(true);
  });
});
