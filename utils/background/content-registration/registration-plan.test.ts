import { describe, expect, it } from 'vitest';
import { type ContentScriptSpec, planRegistration } from './registration-plan';

const script = (id: string, matches: string[], extra: Partial<ContentScriptSpec> = {}) => ({
  id,
  matches,
  js: ['content-scripts/content.js'],
  runAt: 'document_idle' as const,
  ...extra,
});

describe('planRegistration', () => {
  it('registers what is missing', () => {
    const wanted = [script('badge:a', ['*://a.com/*'])];
    expect(planRegistration('badge:', [], wanted)).toEqual({
      register: wanted,
      update: [],
      unregister: [],
    });
  });

  it('changes nothing when the registered script does the same, whatever the order or defaults', () => {
    const registered = [
      {
        id: 'badge:a',
        matches: ['*://b.com/*', '*://a.com/*'],
        js: ['content-scripts/content.js'],
      },
    ];
    const wanted = [script('badge:a', ['*://a.com/*', '*://b.com/*'], { allFrames: false })];
    expect(planRegistration('badge:', registered, wanted)).toEqual({
      register: [],
      update: [],
      unregister: [],
    });
  });

  it('updates a script whose matches, files or timing changed', () => {
    const registered = [script('badge:a', ['*://a.com/*'])];
    for (const wanted of [
      script('badge:a', ['*://a.com/*', '*://new.com/*']),
      script('badge:a', ['*://a.com/*'], { js: ['other.js'] }),
      script('badge:a', ['*://a.com/*'], { runAt: 'document_start' }),
      script('badge:a', ['*://a.com/*'], { allFrames: true }),
    ]) {
      expect(planRegistration('badge:', registered, [wanted]).update).toEqual([wanted]);
    }
  });

  it('unregisters its own scripts no longer wanted, and one whose matches became empty', () => {
    const registered = [script('badge:a', ['*://a.com/*']), script('badge:old', ['*://o.com/*'])];
    expect(planRegistration('badge:', registered, [script('badge:a', [])])).toEqual({
      register: [],
      update: [],
      unregister: ['badge:a', 'badge:old'],
    });
  });

  it('never touches another prefix’s scripts, and refuses to manage an id outside its own', () => {
    const chips = script('chips:search', ['*://www.google.com/*']);
    expect(planRegistration('badge:', [chips], [])).toEqual({
      register: [],
      update: [],
      unregister: [],
    });
    expect(() => planRegistration('badge:', [], [chips])).toThrow(/does not start with "badge:"/);
  });
});
