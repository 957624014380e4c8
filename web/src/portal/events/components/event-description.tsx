import Markdown from 'react-markdown';
import { remarkFitHeadings } from '../markdown-headings';

/** The text sits under an h2, so its own headings start at h3. */
const remarkPlugins = [remarkFitHeadings(3)];

/**
 * HR's Markdown. Raw HTML in it is dropped (skipHtml), and react-markdown's default URL filter keeps
 * only safe link targets (no javascript:), so the text can format but not script the page.
 */
export function EventDescription({ markdown }: { markdown: string }) {
  return (
    <div className="markdown event-description">
      <Markdown skipHtml remarkPlugins={remarkPlugins}>
        {markdown}
      </Markdown>
    </div>
  );
}
