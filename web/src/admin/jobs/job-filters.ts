import { ZJobStatus, type JobStatus } from '@alumni/shared';

/** The status filter from the page's URL; a value the API would refuse is dropped. */
export const jobStatusFrom = (params: URLSearchParams): JobStatus | undefined => {
  const status = ZJobStatus.safeParse(params.get('status'));
  return status.success ? status.data : undefined;
};
