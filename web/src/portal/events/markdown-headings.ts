/**
 * Headings in a text that HR wrote sit under the page's own headings. So that the page keeps one h1
 * and an unbroken outline, the text's shallowest heading becomes `top`, a heading never goes more
 * than one level below the one before it, and none goes deeper than h6.
 */
export function fitHeadingDepths(depths: readonly number[], top: number): number[] {
  if (depths.length === 0) return [];
  const shallowest = Math.min(...depths);
  let previous = top - 1;
  return depths.map((depth) => {
    const wanted = Math.min(6, top + depth - shallowest);
    const level = Math.max(top, Math.min(wanted, previous + 1));
    previous = level;
    return level;
  });
}

/** The part of a Markdown syntax tree (mdast) that headings are found in. */
interface MarkdownNode {
  type: string;
  depth?: number;
  children?: MarkdownNode[];
}

const headingsIn = (node: MarkdownNode, found: MarkdownNode[] = []): MarkdownNode[] => {
  if (node.type === 'heading') found.push(node);
  for (const child of node.children ?? []) headingsIn(child, found);
  return found;
};

/** A remark plugin that fits the text's headings under the page's, starting at level `top`. */
export const remarkFitHeadings = (top: number) => () => (tree: MarkdownNode) => {
  const headings = headingsIn(tree);
  const depths = fitHeadingDepths(
    headings.map((heading) => heading.depth ?? 1),
    top,
  );
  headings.forEach((heading, index) => {
    heading.depth = depths[index] ?? top;
  });
};
