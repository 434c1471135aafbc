/**
 * Background-internal: the index in use changed (a new one stored from the backend, or the
 * backend setting switched which index applies). The inline badge's registered content scripts
 * follow it (utils/background/badge-mode/). Extension pages hear of it by message instead
 * (announceSourceIndexChanged): a context does not receive its own runtime messages.
 */
const listeners = new Set<() => void>();

export function onIndexInUseChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyIndexInUseChanged(): void {
  for (const listener of listeners) listener();
}
