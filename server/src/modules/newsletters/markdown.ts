import MarkdownIt from 'markdown-it';

/*
 * Markdown from staff becomes HTML here, for the mails, the preview and the portal alike. Raw HTML
 * in the source is dropped (not escaped into view), so a <script>, an <iframe> or an element with an
 * onclick never reaches a reader; markdown-it's own link check refuses javascript:, vbscript:, file:
 * and data: addresses, which then stay plain text.
 */

// HTML is parsed (so it is recognised as such) and then rendered as nothing.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
md.renderer.rules.html_block = () => '';
md.renderer.rules.html_inline = () => '';

/** Inline styles for the elements Markdown makes: mail clients ignore most style sheets. */
const styles: Record<string, string> = {
  h1: 'font-size:24px;line-height:1.3;margin:24px 0 12px;color:#1b1f24',
  h2: 'font-size:20px;line-height:1.3;margin:22px 0 10px;color:#1b1f24',
  h3: 'font-size:17px;line-height:1.3;margin:20px 0 8px;color:#1b1f24',
  p: 'font-size:16px;line-height:1.6;margin:0 0 14px',
  ul: 'font-size:16px;line-height:1.6;margin:0 0 14px;padding-left:22px',
  ol: 'font-size:16px;line-height:1.6;margin:0 0 14px;padding-left:22px',
  blockquote: 'margin:0 0 14px;padding:4px 14px;border-left:4px solid #c9d3e0;color:#444',
  a: 'color:#1d4f91;text-decoration:underline',
  img: 'max-width:100%;height:auto;border:0',
  table: 'border-collapse:collapse;margin:0 0 14px',
  code: 'font-family:Consolas,monospace;background:#f0f2f5;padding:1px 4px;border-radius:3px',
};

/** Addresses a link or an image may have; anything else (javascript:, data:, vbscript:, file:) is not rendered. */
const safeHref = /^(https?:\/\/|mailto:|#)/i;
const safeSrc = /^https?:\/\//i;
// Every address is let through the parser so that the rule below can drop the unsafe ones and keep the text.
md.validateLink = () => true;

md.core.ruler.push('safe_links', (state) => {
  for (const block of state.tokens) {
    if (!block.children) continue;
    const open: boolean[] = [];
    for (const token of block.children) {
      if (token.type === 'link_open') {
        const safe = safeHref.test(token.attrGet('href') ?? '');
        open.push(safe);
        if (!safe) Object.assign(token, { type: 'html_inline', content: '', attrs: null });
      } else if (token.type === 'link_close') {
        if (open.pop() === false) Object.assign(token, { type: 'html_inline', content: '' });
      } else if (token.type === 'image' && !safeSrc.test(token.attrGet('src') ?? '')) {
        Object.assign(token, { type: 'html_inline', content: '', children: null });
      }
    }
  }
});

md.core.ruler.push('mail_styles', (state) => {
  const walk = (tokens: typeof state.tokens) => {
    for (const token of tokens) {
      const style = styles[token.tag];
      if (style && token.nesting !== -1) token.attrSet('style', style);
      if (token.children) walk(token.children);
    }
  };
  walk(state.tokens);
});

export interface MarkdownOptions {
  /** Rewrites each link's address, e.g. to number it for click tracking. */
  link?: (href: string) => string;
  /** The links' colour (`#RRGGBB`), e.g. the organisation's accent colour. */
  linkColour?: string;
}

/** Control characters are not text anyone writes; removing them keeps the renderer's own markers unforgeable. */
export function withoutControls(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 32 ? code !== 127 : ch === '\n' || ch === '\r' || ch === '\t') out += ch;
  }
  return out;
}

/** Safe HTML for the Markdown, with links rewritten by `options.link`. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const env = {};
  const tokens = md.parse(withoutControls(source), env);
  const colour = options.linkColour && /^#[0-9a-fA-F]{6}$/.test(options.linkColour) ? options.linkColour : null;
  if (options.link || colour) {
    const rewrite = options.link;
    const walk = (list: typeof tokens) => {
      for (const token of list) {
        if (token.type === 'link_open') {
          const href = token.attrGet('href');
          if (href && rewrite) token.attrSet('href', rewrite(href));
          if (colour) token.attrSet('style', `color:${colour};text-decoration:underline`);
        }
        if (token.children) walk(token.children);
      }
    };
    walk(tokens);
  }
  return md.renderer.render(tokens, md.options, env);
}
