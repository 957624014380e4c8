import type { AdminJob } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ConfirmStep } from '../../../components/confirm-step';
import { useDeleteJob } from '../api/delete-job';

export interface DeleteJobActionProps {
  job: AdminJob;
  title: string;
  onDeleted: (job: AdminJob) => void;
}

/** Delete a draft, asked once more; postings members have seen are closed instead. */
export function DeleteJobAction({ job, title, onDeleted }: DeleteJobActionProps) {
  const { t } = useI18n();
  const remove = useDeleteJob();
  return (
    <>
      <ConfirmStep
        questionId={`job-delete-${job.id}`}
        question={t('adminJobs.deleteQuestion', { title })}
        trigger={
          <>
            {t('adminJobs.delete')}
            <span className="visually-hidden"> {title}</span>
          </>
        }
        confirmLabel={t('adminJobs.deleteYes')}
        danger
        busy={remove.isPending}
        onOpen={() => remove.reset()}
        onConfirm={(done) => remove.mutate(job.id, { onSuccess: () => onDeleted(job), onSettled: done })}
      />
      {remove.isError ? (
        <p className="row-error" role="alert">
          {describeError(remove.error, t, { rule_broken: 'adminJobs.deleteConflict' })}
        </p>
      ) : null}
    </>
  );
}
