import { browser } from 'wxt/browser';
import {
  type ContentScriptSpec,
  planRegistration,
  type RegistrationPlan,
} from './registration-plan';

/**
 * Makes the content scripts registered at run time under `prefix` exactly `wanted`, through
 * `scripting` (Chrome MV3; Firefox from 102, MV2 included, with the `scripting` permission).
 * Registered scripts persist across restarts in Chrome and may not in Firefox, so callers sync
 * at startup too; the diff makes a sync that changes nothing cost one read.
 *
 * Calls are queued per prefix: two syncs racing would register the same id twice, which the
 * browser refuses. Resolves with what was changed.
 */
const queues = new Map<string, Promise<unknown>>();

export function syncContentScripts(
  prefix: string,
  wanted: readonly ContentScriptSpec[],
): Promise<RegistrationPlan> {
  const previous = queues.get(prefix) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => applySync(prefix, wanted));
  queues.set(prefix, next);
  return next;
}

/** Unregisters every script under `prefix` (e.g. when host access is revoked). */
export function unregisterContentScripts(prefix: string): Promise<RegistrationPlan> {
  return syncContentScripts(prefix, []);
}

async function applySync(
  prefix: string,
  wanted: readonly ContentScriptSpec[],
): Promise<RegistrationPlan> {
  const registered = (await browser.scripting.getRegisteredContentScripts()) as ContentScriptSpec[];
  const plan = planRegistration(prefix, registered, wanted);
  if (plan.unregister.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  }
  if (plan.update.length > 0) await browser.scripting.updateContentScripts(plan.update);
  if (plan.register.length > 0) await browser.scripting.registerContentScripts(plan.register);
  return plan;
}
