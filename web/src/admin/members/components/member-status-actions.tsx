import type { UserStatus } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { ConfirmStep } from '../../../components/confirm-step';
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
  const suspend = useSuspendMember();
  const reactivate = useReactivateMember();
  const suspended = status === 'suspended';
  const error = suspend.error ?? reactivate.error;

  const resetErrors = () => {
    suspend.reset();
    reactivate.reset();
  };

  return (
    <div className="member-action">
      <ConfirmStep
        questionId="member-status-question"
        question={t(suspended ? 'adminMember.confirmReactivate' : 'adminMember.confirmSuspend', { name: label })}
        trigger={t(suspended ? 'adminMember.reactivate' : 'adminMember.suspend')}
        confirmLabel={t(suspended ? 'adminMember.yesReactivate' : 'adminMember.yesSuspend')}
        danger={!suspended}
        busy={suspend.isPending || reactivate.isPending}
        onOpen={resetErrors}
        onConfirm={(done) => {
          resetErrors();
          const mutation = suspended ? reactivate : suspend;
          mutation.mutate(id, {
            onSuccess: () => onAnnounce(t(suspended ? 'adminMember.reactivated' : 'adminMember.suspended', { name: label })),
            onSettled: done,
          });
        }}
      />
      {error ? (
        <p className="row-error" role="alert">
          {describeError(error, t)}
        </p>
      ) : null}
    </div>
  );
}
