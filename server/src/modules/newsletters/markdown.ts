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
}

/** Control characters are not text anyone writes; removing them keeps the renderer's own markers unforgeable. */
export const withoutControls = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/** Safe HTML for the Markdown, with links rewritten by `options.link`. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const env = {};
  const tokens = md.parse(withoutControls(source), env);
  if (options.link) {
    const rewrite = options.link;
    const walk = (list: typeof tokens) => {
      for (const token of list) {
        if (token.type === 'link_open') {
          const href = token.attrGet('href');
          if (href) token.attrSet('href', rewrite(href));
        }
        if (token.children) walk(token.children);
      }
    };
    walk(tokens);
  }
  return md.renderer.render(tokens, md.options, env);
}
