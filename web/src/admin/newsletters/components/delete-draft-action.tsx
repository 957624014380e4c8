import { pickText, type Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ConfirmStep } from '../../../components/confirm-step';
import { useDeleteNewsletter } from '../api/delete-newsletter';

export interface DeleteDraftActionProps {
  newsletter: Newsletter;
  onDeleted: () => void;
}

/** Deletes the draft, asked once more; a newsletter that has been scheduled or sent cannot be deleted. */
export function DeleteDraftAction({ newsletter, onDeleted }: DeleteDraftActionProps) {
  const { t, language } = useI18n();
  const remove = useDeleteNewsletter();
  const subject = pickText(newsletter.subject, language) || t('adminNewsletters.untitled');
  return (
    <div className="member-action">
      <ConfirmStep
        questionId="newsletter-delete-question"
        question={t('adminNewsletters.deleteQuestion', { subject })}
        trigger={t('adminNewsletters.delete')}
        confirmLabel={t('adminNewsletters.deleteYes')}
        dismissLabel={t('adminNewsletters.deleteKeep')}
        danger
        busy={remove.isPending}
        onOpen={() => remove.reset()}
        onConfirm={(done) => remove.mutate(newsletter.id, { onSuccess: onDeleted, onSettled: done })}
      />
      {remove.isError ? (
        <p className="row-error" role="alert">
          {describeError(remove.error, t, { conflict: 'adminNewsletters.deleteConflict' })}
        </p>
      ) : null}
    </div>
  );
}
