import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useEraseMember } from '../api/erase-member';
import { TextAreaField } from '../../../components/text-area-field';

export interface EraseMemberDialogProps {
  id: string;
  label: string;
  onClose: () => void;
  onErased: () => void;
}

/**
 * Erasure on the member's request. A modal dialog (the browser keeps focus inside it and Escape
 * closes it) that names what is lost and asks for the request the erasure answers, for the audit log.
 */
export function EraseMemberDialog({ id, label, onClose, onErased }: EraseMemberDialogProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const erase = useEraseMember();
  const fieldErrors = useFieldErrors(erase.error);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="erase-title" aria-describedby="erase-warning" onClose={onClose}>
      <h2 id="erase-title">{t('adminMember.eraseTitle', { name: label })}</h2>
      <div className="warning" id="erase-warning">
        <p className="warning__title">{t('adminMember.eraseWarningTitle')}</p>
        <p>{t('adminMember.eraseWarning')}</p>
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (erase.isPending) return;
          // The member's page reloads to "not found" once erased, before a per-call callback could run: the promise still settles.
          erase.mutateAsync({ id, reason }).then(onErased, () => undefined);
        }}
      >
        <ErrorSummary error={erase.error} fields={[{ name: 'reason', id: 'erase-reason', label: t('adminMember.eraseReason') }]} />
        <TextAreaField
          id="erase-reason"
          name="reason"
          label={t('adminMember.eraseReason')}
          hint={t('adminMember.eraseReasonHint')}
          value={reason}
          onChange={setReason}
          error={fieldErrors.reason}
          required
          maxLength={500}
          rows={3}
        />
        <div className="form-actions">
          <Button type="submit" variant="danger" busy={erase.isPending}>
            {t('adminMember.eraseSubmit')}
          </Button>
          <Button variant="secondary" onClick={() => dialogRef.current?.close()}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
