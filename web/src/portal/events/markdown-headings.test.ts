import { describe, expect, it } from 'vitest';
import { fitHeadingDepths, remarkFitHeadings } from './markdown-headings';

describe('headings in an event description', () => {
  it('starts the shallowest heading at the given level', () => {
    expect(fitHeadingDepths([1, 2, 2, 1], 3)).toEqual([3, 4, 4, 3]);
    expect(fitHeadingDepths([3, 4], 3)).toEqual([3, 4]);
  });

  it('never skips a level going deeper', () => {
    expect(fitHeadingDepths([1, 3, 5], 3)).toEqual([3, 4, 5]);
    expect(fitHeadingDepths([2, 1, 2], 3)).toEqual([3, 3, 4]);
  });

  it('goes no deeper than h6', () => {
    expect(fitHeadingDepths([1, 2, 3, 4, 5, 6], 3)).toEqual([3, 4, 5, 6, 6, 6]);
  });

  it('has nothing to do without headings', () => {
    expect(fitHeadingDepths([], 3)).toEqual([]);
  });

  it('rewrites the headings of a syntax tree, also nested ones', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [] },
        { type: 'paragraph', children: [] },
        { type: 'blockquote', children: [{ type: 'heading', depth: 2, children: [] }] },
      ],
    };
    remarkFitHeadings(3)()(tree);
    expect(tree.children[0]).toMatchObject({ depth: 3 });
    expect(tree.children[2]?.children[0]).toMatchObject({ depth: 4 });
  });
});
