import type { SourceFile } from './import-graph';

/**
 * The layer rules of DESIGN.md ("Layout"), as code. Each rule names the files it governs and
 * says of one import (or of the file's own text) whether it breaks the rule.
 */

export interface Violation {
  rule: string;
  file: string;
  detail: string;
}

const EXTENSION = /^(entrypoints|components|utils)\//;
const SERVER = /^server\//;
const CORE = /^core\//;
const STORE = /^server\/store\//;
const TEST = /(\.test\.tsx?$)|(^tests\/)|(^server\/testing\/)/;

/** Drivers and the query builder: only the store speaks to the database. */
const DATABASE_PACKAGES = /^(kysely|better-sqlite3|pg)(\/|$)/;

const TEST_DATABASES = /^server\/testing\/test-databases\.ts$/;

/** Server folders whose code is domain logic, which the store must not depend on. */
const DOMAIN =
  /^server\/(stories|cluster|wire|ingest|import|ratings|catalog|routes|cli|detect|http)\//;

const ROUTE = /^server\/routes\//;
/** The store's story part and the records views are built from: the story service's inputs. */
const STORY_STORAGE = /^server\/store\/(stories-part|records)\.ts$/;

/** Kysely's query-builder calls and raw SQL templates: the store's business alone. */
const SQL_TEXT = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`|\bsql\.raw\(/;

/** The store files that hand out the database handle and its table types. */
const STORE_INTERNALS = /^server\/store\/(schema|open-database|migrate|migrations\/.*)\.ts$/;

export function layerViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  const add = (rule: string, file: SourceFile, detail: string) =>
    violations.push({ rule, file: file.path, detail });

  for (const file of files) {
    for (const { specifier, target } of file.imports) {
      const named = target ?? specifier;
      if (CORE.test(file.path) && target && (EXTENSION.test(target) || SERVER.test(target))) {
        add('core imports no extension or server code', file, named);
      }
      if (SERVER.test(file.path) && target && EXTENSION.test(target)) {
        add('the server imports no extension code', file, named);
      }
      if (EXTENSION.test(file.path) && target && SERVER.test(target)) {
        add('the extension imports no server code', file, named);
      }
      if (EXTENSION.test(file.path) && target?.startsWith('scripts/')) {
        add('extension code imports no build-time code (scripts/)', file, named);
      }
      if (
        /^components\//.test(file.path) &&
        !TEST.test(file.path) &&
        target &&
        /^utils\//.test(target)
      ) {
        add('components get what they show through props and clients, not utils/', file, named);
      }
      // server/testing/ creates and drops a PostgreSQL schema per test run: set-up, not data.
      if (
        !STORE.test(file.path) &&
        !TEST_DATABASES.test(file.path) &&
        DATABASE_PACKAGES.test(specifier)
      ) {
        add('no database handle outside server/store/', file, specifier);
      }
      if (!STORE.test(file.path) && target && STORE_INTERNALS.test(target)) {
        add('no database handle outside server/store/', file, target);
      }
      if (STORE.test(file.path) && target && DOMAIN.test(target)) {
        add('store/ imports no domain code', file, target);
      }
      if (ROUTE.test(file.path) && !TEST.test(file.path) && target && STORY_STORAGE.test(target)) {
        add('routes read stories through the story service, not the store', file, target);
      }
    }
    if (
      !STORE.test(file.path) &&
      SQL_TEXT.test(file.text) &&
      !file.path.startsWith('tests/unit/layers/')
    ) {
      add('no SQL outside server/store/', file, (file.text.match(SQL_TEXT) as RegExpMatchArray)[0]);
    }
  }
  return violations;
}
