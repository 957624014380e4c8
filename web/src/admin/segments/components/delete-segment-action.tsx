import type { Segment } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ConfirmStep } from '../../../components/confirm-step';
import { useDeleteSegment } from '../api/delete-segment';

export interface DeleteSegmentActionProps {
  segment: Segment;
  onDeleted: (segment: Segment) => void;
}

/** Delete, asked once more; refused while an event uses the segment, which is said in the row. */
export function DeleteSegmentAction({ segment, onDeleted }: DeleteSegmentActionProps) {
  const { t } = useI18n();
  const remove = useDeleteSegment();
  return (
    <>
      <ConfirmStep
        questionId={`segment-delete-${segment.id}`}
        question={t('segments.deleteQuestion', { name: segment.name })}
        trigger={
          <>
            {t('segments.delete')}
            <span className="visually-hidden"> {segment.name}</span>
          </>
        }
        confirmLabel={t('segments.deleteYes')}
        danger
        busy={remove.isPending}
        onOpen={() => remove.reset()}
        onConfirm={(done) => remove.mutate(segment.id, { onSuccess: () => onDeleted(segment), onSettled: done })}
      />
      {remove.isError ? (
        <p className="row-error" role="alert">
          {describeError(remove.error, t, { conflict: 'segments.deleteConflict' })}
        </p>
      ) : null}
    </>
  );
}
