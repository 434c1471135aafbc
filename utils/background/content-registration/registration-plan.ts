/**
 * What to change so that the content scripts registered under one id prefix are exactly the
 * wanted ones: pure, so the diff is tested without a browser. Scripts of other prefixes (another
 * feature's) are never touched.
 */

/** The fields of a registered content script that this module sets and compares. */
export interface ContentScriptSpec {
  id: string;
  matches: string[];
  js: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
}

export interface RegistrationPlan {
  register: ContentScriptSpec[];
  update: ContentScriptSpec[];
  unregister: string[];
}

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const left = sorted(a);
  const right = sorted(b);
  return left.length === right.length && left.every((value, at) => value === right[at]);
}

/**
 * Whether `registered` (as the browser reports it) already does what `wanted` says. Defaults
 * are compared as the browsers apply them (runAt document_idle, allFrames false).
 */
export function sameScript(registered: ContentScriptSpec, wanted: ContentScriptSpec): boolean {
  return (
    sameList(registered.matches, wanted.matches) &&
    sameList(registered.js, wanted.js) &&
    sameList(registered.css, wanted.css) &&
    (registered.runAt ?? 'document_idle') === (wanted.runAt ?? 'document_idle') &&
    (registered.allFrames ?? false) === (wanted.allFrames ?? false)
  );
}

export function planRegistration(
  prefix: string,
  registered: readonly ContentScriptSpec[],
  wanted: readonly ContentScriptSpec[],
): RegistrationPlan {
  const strayWanted = wanted.find((script) => !script.id.startsWith(prefix));
  if (strayWanted) {
    throw new Error(`Content script "${strayWanted.id}" does not start with "${prefix}".`);
  }
  const mine = new Map(
    registered
      .filter((script) => script.id.startsWith(prefix))
      .map((script) => [script.id, script]),
  );
  const wantedIds = new Set(wanted.map((script) => script.id));
  const plan: RegistrationPlan = { register: [], update: [], unregister: [] };
  for (const script of wanted) {
    // An empty match list is not a registration the browsers accept: it means "none".
    if (script.matches.length === 0) {
      if (mine.has(script.id)) plan.unregister.push(script.id);
      continue;
    }
    const current = mine.get(script.id);
    if (!current) plan.register.push(script);
    else if (!sameScript(current, script)) plan.update.push(script);
  }
  for (const id of mine.keys()) if (!wantedIds.has(id)) plan.unregister.push(id);
  return plan;
}
