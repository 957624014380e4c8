import { fitHeadingDepths } from '../events/markdown-headings';

/*
 * The server renders staff's Markdown to HTML for mails and the portal alike. Raw HTML in the
 * source never gets through, and markdown-it escapes `<`, `>` and `"` in text and attribute values,
 * so every `<` left in the HTML starts a real tag and no `>` ends one early.
 */
const tagPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
const attributePattern = /\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
const headingName = /^h([1-6])$/i;

const headingLevel = (name: string): number | null => {
  const match = headingName.exec(name);
  return match ? Number(match[1]) : null;
};

/**
 * A tag's attributes without `style`. The mail's inline styles are refused by the portal's content
 * security policy (style-src 'self') anyway; dropping them leaves the look to the portal's style sheet
 * and keeps the browser from reporting a violation for every element.
 */
const withoutStyle = (attributes: string): string =>
  attributes.replace(attributePattern, (whole, name: string) => (name.toLowerCase() === 'style' ? '' : whole));

/**
 * Server-rendered HTML fitted under the page's own headings: its shallowest heading becomes `top`,
 * no level is skipped going deeper (see fitHeadingDepths), and inline styles are dropped.
 */
export function fitServerHtml(html: string, top: number): string {
  const opened: number[] = [];
  for (const match of html.matchAll(tagPattern)) {
    const level = headingLevel(match[2] ?? '');
    if (level !== null && match[1] === '') opened.push(level);
  }
  const fitted = fitHeadingDepths(opened, top);

  let next = 0;
  // Headings do not nest, so a closing heading tag closes the one opened last.
  let current = top;
  return html.replace(tagPattern, (_whole, slash: string, name: string, attributes: string) => {
    const rest = withoutStyle(attributes);
    if (headingLevel(name) === null) return `<${slash}${name}${rest}>`;
    if (slash === '') {
      current = fitted[next] ?? top;
      next += 1;
    }
    return `<${slash}h${current}${rest}>`;
  });
}
