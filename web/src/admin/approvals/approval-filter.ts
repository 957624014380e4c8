import type { ApprovalStatusFilter } from './api/get-approvals';

/** The queue the page shows: claims waiting for HR unless the URL asks for those waiting for the member. */
export const approvalStatusFrom = (params: URLSearchParams): ApprovalStatusFilter =>
  params.get('status') === 'info_requested' ? 'info_requested' : 'pending';

export const approvalStatusSearch = (status: ApprovalStatusFilter): string => (status === 'pending' ? '' : `?status=${status}`);
