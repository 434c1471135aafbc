import type { BackendTestResult } from '../../core/messages';
import { BackendUrl } from '../shared/settings';
import { getHealth } from './backend-client';

/** The Options page's "Test connection": asks /healthz and says what happened. */
export async function testBackend(backendUrl: string): Promise<BackendTestResult> {
  const url = BackendUrl.safeParse(backendUrl);
  if (!url.success) return { ok: false, message: url.error.issues[0]?.message ?? 'Invalid URL.' };
  try {
    const health = await getHealth(url.data);
    return {
      ok: true,
      message: `Connected to the Parallax backend ${health.version} (${health.database}).`,
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
