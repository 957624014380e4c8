import { describe, expect, it } from 'vitest';
import { jobStatusFrom } from './job-filters';

describe('the jobs list filter', () => {
  it('reads a known status from the URL and drops anything else', () => {
    expect(jobStatusFrom(new URLSearchParams('status=published'))).toBe('published');
    expect(jobStatusFrom(new URLSearchParams('status=bogus'))).toBeUndefined();
    expect(jobStatusFrom(new URLSearchParams())).toBeUndefined();
  });
});
