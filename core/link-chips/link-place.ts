import { visibleText } from './link-scan';

/**
 * Where a link sits on its page, for a person checking `parallax annotate` output: a short
 * CSS-ish path (the anchor and up to three ancestors, each by tag with its id, test id or first
 * class) and the link's text, cut to 80 characters.
 */
export function describePlace(anchor: Element): { path: string; text: string } {
  const steps: string[] = [];
  for (
    let element: Element | null = anchor;
    element && steps.length < 4;
    element = element.parentElement
  ) {
    if (element.tagName === 'BODY' || element.tagName === 'HTML') break;
    steps.unshift(step(element));
    if (element.id) break;
  }
  const text = visibleText(anchor);
  return { path: steps.join(' > '), text: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}

function step(element: Element): string {
  const tag = element.tagName.toLowerCase();
  if (element.id && /^[A-Za-z][\w-]*$/.test(element.id)) return `${tag}#${element.id}`;
  const testId = element.getAttribute('data-testid');
  if (testId) return `${tag}[data-testid="${testId}"]`;
  const firstClass = (element.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return firstClass ? `${tag}.${firstClass}` : tag;
}
