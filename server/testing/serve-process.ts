import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/parallax.js');

/** A `parallax …` child process as an operator runs it, with its JSON log lines collected. */
export interface ParallaxProcess {
  child: ChildProcess;
  /** Every line it printed on stdout so far, in order. */
  lines: string[];
  /**
   * When a log line whose msg is `message` was first logged (its own `time`, the process's
   * clock: not when this busy test process got to read it); null if not yet.
   */
  sawAt(message: string): number | null;
  /** Resolves when it exits, with its code and signal. */
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

export function startParallax(args: string[], env: Record<string, string>): ParallaxProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const seen = new Map<string, number>();
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      try {
        const { msg, time } = JSON.parse(line) as { msg?: unknown; time?: unknown };
        const at = typeof time === 'number' ? time : Date.now();
        if (typeof msg === 'string' && !seen.has(msg)) seen.set(msg, at);
      } catch {
        // Not a log line (the start-up line): kept in `lines` only.
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => lines.push(`stderr: ${chunk.toString().trim()}`));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (code, signal) => resolve([code, signal])),
  );
  return { child, lines, sawAt: (message) => seen.get(message) ?? null, exited };
}

/** Polls `condition` every 25 ms until it holds; fails after `ms`, naming `what`. */
export async function waitUntil(
  what: string,
  condition: () => boolean | Promise<boolean>,
  ms = 15_000,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
