import { describe, expect, it } from 'vitest';
import { approvalStatusFrom, approvalStatusSearch } from './approval-filter';

describe('approval queue filter', () => {
  it('shows claims waiting for HR by default', () => {
    expect(approvalStatusFrom(new URLSearchParams())).toBe('pending');
    expect(approvalStatusFrom(new URLSearchParams('status=verified'))).toBe('pending');
    expect(approvalStatusSearch('pending')).toBe('');
  });

  it('shows claims waiting for the member when asked', () => {
    expect(approvalStatusFrom(new URLSearchParams('status=info_requested'))).toBe('info_requested');
    expect(approvalStatusSearch('info_requested')).toBe('?status=info_requested');
  });
});
