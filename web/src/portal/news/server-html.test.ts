import { describe, expect, it } from 'vitest';
import { fitServerHtml } from './server-html';

describe('server-rendered HTML on a portal page', () => {
  it('starts the shallowest heading at the given level and keeps the outline', () => {
    const html = '<h1>Hello</h1><p>Text</p><h2>Part</h2><h2>Other</h2><h1>More</h1>';
    expect(fitServerHtml(html, 4)).toBe('<h4>Hello</h4><p>Text</p><h5>Part</h5><h5>Other</h5><h4>More</h4>');
  });

  it('never skips a level and goes no deeper than h6', () => {
    expect(fitServerHtml('<h1>a</h1><h3>b</h3><h6>c</h6>', 2)).toBe('<h2>a</h2><h3>b</h3><h4>c</h4>');
    expect(fitServerHtml('<h1>a</h1><h2>b</h2><h3>c</h3>', 5)).toBe('<h5>a</h5><h6>b</h6><h6>c</h6>');
  });

  it('drops inline styles and keeps the other attributes', () => {
    const html =
      '<h2 style="font-size:20px;color:#1b1f24">Title</h2><p style="margin:0">See <a href="https://example.com/a?b=1&amp;c=2" style="color:#1d4f91">this</a></p>';
    expect(fitServerHtml(html, 3)).toBe('<h3>Title</h3><p>See <a href="https://example.com/a?b=1&amp;c=2">this</a></p>');
    expect(fitServerHtml('<img src="/x.png" alt="A photo" style="max-width:100%">', 3)).toBe('<img src="/x.png" alt="A photo">');
  });

  it('leaves text alone, also text that looks like markup', () => {
    const html = "<p>Write &lt;h1 style=&quot;x&quot;&gt; or style='x' as you like</p>";
    expect(fitServerHtml(html, 3)).toBe(html);
  });

  it('keeps a style word inside another attribute', () => {
    const html = '<a href="https://example.com" title="a style=\'b\' c">link</a>';
    expect(fitServerHtml(html, 3)).toBe(html);
  });

  it('has nothing to fit in HTML without headings', () => {
    expect(fitServerHtml('<ul>\n<li>One</li>\n</ul>\n', 3)).toBe('<ul>\n<li>One</li>\n</ul>\n');
    expect(fitServerHtml('', 3)).toBe('');
  });
});
