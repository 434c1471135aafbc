import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations. The source is
 * evaluated through the debugging protocol, so extension pages' CSP (no inline scripts) does
 * not stop it. `include` narrows the run, e.g. to the badge's host element on a news page.
 */
export async function seriousAxeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async (include) => {
    const axe = (globalThis as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include);
  return findings.filter(
    (finding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
}

interface AxeApi {
  run(
    context: unknown,
    options: unknown,
  ): Promise<{
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown }[] }[];
  }>;
}
