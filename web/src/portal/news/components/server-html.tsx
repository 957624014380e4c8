import { useMemo } from 'react';
import { fitServerHtml } from '../server-html';

export interface ServerHtmlProps {
  /** HTML the server rendered from staff's Markdown, with raw HTML left out. */
  html: string;
  /** The level its shallowest heading takes: one below the heading it sits under. */
  headingsFrom: 2 | 3 | 4;
}

/** Staff's text as the server rendered it, its headings fitted into the page's outline. */
export function ServerHtml({ html, headingsFrom }: ServerHtmlProps) {
  const fitted = useMemo(() => fitServerHtml(html, headingsFrom), [html, headingsFrom]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: fitted }} />;
}
