import { useState } from 'react';
import type { TalentFlag } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeFieldErrors } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { useAddNote } from '../api/add-note';

/** A flag's dated notes, oldest first, and a form to add one. */
export function Notes({ flag, onAdded }: { flag: TalentFlag; onAdded: (flag: TalentFlag) => void }) {
  const { t, formatDateTime } = useI18n();
  const [text, setText] = useState('');
  const add = useAddNote();
  const fieldErrors = describeFieldErrors(add.error, t);
  const id = `note-${flag.id}`;
  return (
    <div>
      {flag.notes.length > 0 ? (
        <ul className="response-list" aria-label={t('adminTalent.notes.label', { name: flag.member.name })}>
          {flag.notes.map((note) => (
            <li key={note.id}>
              <p className="muted">
                <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time> · {note.author}
              </p>
              <p className="job-description">{note.text}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('adminTalent.notes.none')}</p>
      )}
      <form
        className="form"
        noValidate
        aria-label={t('adminTalent.notes.formLabel', { name: flag.member.name })}
        onSubmit={(event) => {
          event.preventDefault();
          if (add.isPending) return;
          add.mutate(
            { id: flag.id, text: text.trim() },
            {
              onSuccess: (saved) => {
                setText('');
                onAdded(saved);
              },
            },
          );
        }}
      >
        <ErrorSummary error={add.error} fields={[{ name: 'text', id, label: t('adminTalent.notes.text') }]} messages={fieldErrors} />
        <TextAreaField id={id} name="text" label={t('adminTalent.notes.text')} value={text} onChange={setText} error={fieldErrors.text} maxLength={4000} rows={2} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={add.isPending}>
            {t('adminTalent.notes.add')}
            <span className="visually-hidden"> {flag.member.name}</span>
          </Button>
        </div>
      </form>
    </div>
  );
}
