import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import of a source file, as written and, for a relative one, resolved in the tree. */
export interface SourceImport {
  specifier: string;
  /** Repository-relative path of the file it names; null for a package or an unresolved path. */
  target: string | null;
  typeOnly: boolean;
}

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  path: string;
  text: string;
  imports: SourceImport[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'coverage', '.artifacts']);

/** Every .ts/.tsx/.mts file under `root` (skipping build output and dependencies), parsed. */
export function readSourceTree(root: string): SourceFile[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (/\.(ts|tsx|mts)$/.test(entry.name)) {
        paths.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  const known = new Set(paths);
  return paths.map((file) => {
    const text = readFileSync(file, 'utf8');
    return {
      path: toRepoPath(root, file),
      text,
      imports: importsOf(file, text).map(({ specifier, typeOnly }) => {
        const resolved = specifier.startsWith('.') ? resolveRelative(file, specifier, known) : null;
        return { specifier, typeOnly, target: resolved ? toRepoPath(root, resolved) : null };
      }),
    };
  });
}

function toRepoPath(root: string, file: string): string {
  return relative(root, file).split('\\').join('/');
}

function resolveRelative(from: string, specifier: string, known: Set<string>): string | null {
  const base = resolve(dirname(from), specifier.split('?')[0] as string);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}.d.ts`, join(base, 'index.ts')];
  for (const candidate of candidates) {
    if (known.has(candidate) || (!/\.tsx?$/.test(candidate) && existsSync(candidate))) {
      return candidate;
    }
  }
  return null;
}

/** Static imports and re-exports, `import()` calls and `vi.mock()` paths, with type-only flags. */
function importsOf(file: string, text: string): { specifier: string; typeOnly: boolean }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = Boolean(
        clause?.isTypeOnly ||
          (clause &&
            !clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)),
      );
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.arguments.length > 0 &&
      ts.isStringLiteral(node.arguments[0] as ts.Node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isPropertyAccessExpression(node.expression) &&
          node.expression.getText(source) === 'vi.mock'))
    ) {
      found.push({ specifier: (node.arguments[0] as ts.StringLiteral).text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push({ specifier: literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
