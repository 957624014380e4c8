import { useEffect, useRef, useState } from 'react';
import type { UserStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { useReactivateMember } from '../api/reactivate-member';
import { useSuspendMember } from '../api/suspend-member';

export interface MemberStatusActionsProps {
  id: string;
  label: string;
  status: UserStatus;
  onAnnounce: (message: string) => void;
}

/** Suspend or reactivate, each asked once more before it is done. */
export function MemberStatusActions({ id, label, status, onAnnounce }: MemberStatusActionsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [restoreFocus, setRestoreFocus] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const suspend = useSuspendMember();
  const reactivate = useReactivateMember();
  const suspended = status === 'suspended';
  const error = suspend.error ?? reactivate.error;

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (!confirming && restoreFocus) {
      triggerRef.current?.focus();
      setRestoreFocus(false);
    }
  }, [confirming, restoreFocus]);

  const close = () => {
    setConfirming(false);
    setRestoreFocus(true);
  };

  const confirm = () => {
    suspend.reset();
    reactivate.reset();
    const mutation = suspended ? reactivate : suspend;
    mutation.mutate(id, {
      onSuccess: () => onAnnounce(t(suspended ? 'adminMember.reactivated' : 'adminMember.suspended', { name: label })),
      onSettled: close,
    });
  };

  return (
    <div className="member-action">
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="member-status-question">
          <p id="member-status-question" tabIndex={-1} ref={questionRef}>
            {t(suspended ? 'adminMember.confirmReactivate' : 'adminMember.confirmSuspend', { name: label })}
          </p>
          <div className="confirm__actions">
            <Button variant={suspended ? 'primary' : 'danger'} busy={suspend.isPending || reactivate.isPending} onClick={confirm}>
              {t(suspended ? 'adminMember.yesReactivate' : 'adminMember.yesSuspend')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={triggerRef}
          variant={suspended ? 'secondary' : 'danger'}
          onClick={() => {
            suspend.reset();
            reactivate.reset();
            setConfirming(true);
          }}
        >
          {t(suspended ? 'adminMember.reactivate' : 'adminMember.suspend')}
        </Button>
      )}
      {error ? (
        <p className="row-error" role="alert">
          {describeError(error, t)}
        </p>
      ) : null}
    </div>
  );
}
