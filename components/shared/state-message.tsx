import type { ComponentChildren } from 'preact';

export type StateKind =
  | 'not-article'
  | 'unknown-outlet'
  | 'not-rated'
  | 'no-story'
  | 'backend-unreachable'
  | 'backend-error';

/** A clear sentence about where things stand, with an optional action (e.g. Retry). */
export function StateMessage(props: {
  kind: StateKind;
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'problem';
}) {
  const problem = props.tone === 'problem';
  return (
    <section
      class={`state${problem ? ' state--problem' : ''}`}
      data-testid="state-message"
      data-state={props.kind}
      role={problem ? 'alert' : 'status'}
    >
      <h2 class="state__title">{props.title}</h2>
      {props.children}
    </section>
  );
}
