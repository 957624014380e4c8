import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useReplyToClaim } from '../api/reply-to-claim';
import { TextAreaField } from '../../../components/text-area-field';

const noteId = 'claim-reply-note';

export interface ClaimReplyFormProps {
  /** HR's question, quoted above the answer. */
  question: string | null;
  onReplied: () => void;
}

export function ClaimReplyForm({ question, onReplied }: ClaimReplyFormProps) {
  const { t } = useI18n();
  const reply = useReplyToClaim();
  const fieldErrors = useFieldErrors(reply.error);
  const [note, setNote] = useState('');

  return (
    <section className="panel" aria-labelledby="claim-question-title">
      <h2 id="claim-question-title">{t('membership.questionTitle')}</h2>
      {question ? <blockquote className="quote pre-line">{question}</blockquote> : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!reply.isPending) reply.mutate({ note }, { onSuccess: onReplied });
        }}
      >
        <ErrorSummary error={reply.error} fields={[{ name: 'note', id: noteId, label: t('membership.replyLabel') }]} />
        <TextAreaField
          id={noteId}
          name="note"
          label={t('membership.replyLabel')}
          hint={t('membership.replyHint')}
          value={note}
          onChange={setNote}
          error={fieldErrors.note}
          maxLength={1000}
          required
          rows={5}
          counter
        />
        <Button type="submit" busy={reply.isPending}>
          {t('membership.replySubmit')}
        </Button>
      </form>
    </section>
  );
}
