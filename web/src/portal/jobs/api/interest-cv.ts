import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ZCvInfo, apiPaths, type CvInfo, type JobPage } from '@alumni/shared';
import { request } from '../../../api/client';
import { jobQueryKey } from './get-job';
import { myJobActivityQueryKey } from './get-my-job-activity';

/** The multipart field the server reads the CV from. */
export const cvFormField = 'file';

export function uploadCv(id: string, file: File) {
  const form = new FormData();
  form.append(cvFormField, file, file.name);
  return request(apiPaths.jobInterestCv(encodeURIComponent(id)), { method: 'PUT', form, schema: ZCvInfo });
}

export const removeCv = (id: string) => request(apiPaths.jobInterestCv(encodeURIComponent(id)), { method: 'DELETE' });

function useStoreCv(id: string) {
  const queryClient = useQueryClient();
  return async (cv: CvInfo | null) => {
    queryClient.setQueryData(jobQueryKey(id), (job: JobPage | undefined) =>
      job?.interest ? { ...job, interest: { ...job.interest, cv } } : job,
    );
    await queryClient.invalidateQueries({ queryKey: myJobActivityQueryKey });
  };
}

export function useUploadCv(id: string) {
  const storeCv = useStoreCv(id);
  return useMutation({ mutationFn: (file: File) => uploadCv(id, file), onSuccess: storeCv });
}

export function useRemoveCv(id: string) {
  const storeCv = useStoreCv(id);
  return useMutation({ mutationFn: () => removeCv(id), onSuccess: () => storeCv(null) });
}
