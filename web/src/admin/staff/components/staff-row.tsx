import { useState } from 'react';
import { roles, type Role, type User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ConfirmStep } from '../../../components/confirm-step';
import { SelectField } from '../../../components/select-field';
import { useChangeRole } from '../api/change-role';
import { useReactivateUser } from '../api/reactivate-user';
import { useSuspendUser } from '../api/suspend-user';

export interface StaffRowProps {
  person: User;
  isSelf: boolean;
  onAnnounce: (message: string) => void;
}

const fullName = (user: User): string =>
  [user.firstName, user.lastName].filter((part): part is string => Boolean(part)).join(' ');

export function StaffRow({ person, isSelf, onAnnounce }: StaffRowProps) {
  const { t, formatDateTime } = useI18n();
  const [role, setRole] = useState<Role>(person.role);
  const changeRole = useChangeRole();
  const suspend = useSuspendUser();
  const reactivate = useReactivateUser();

  const suspended = person.status === 'suspended';
  const busy = changeRole.isPending || suspend.isPending || reactivate.isPending;
  const error = changeRole.error ?? suspend.error ?? reactivate.error;
  const canAct = !isSelf && person.status !== 'erased';

  const resetErrors = () => {
    changeRole.reset();
    suspend.reset();
    reactivate.reset();
  };

  return (
    <tr>
      <td>
        {fullName(person) || t('common.none')}
        {isSelf ? <span className="muted"> {t('staff.you')}</span> : null}
      </td>
      <td className="cell-email">{person.email}</td>
      <td>{t(`role.${person.role}`)}</td>
      <td>
        <span className={`status status--${person.status}`}>{t(`status.${person.status}`)}</span>
      </td>
      <td>
        {person.lastLoginAt ? (
          <time dateTime={person.lastLoginAt}>{formatDateTime(person.lastLoginAt)}</time>
        ) : (
          t('staff.never')
        )}
      </td>
      <td className="cell-actions">
        {canAct ? (
          <div className="row-actions">
            <form
              className="row-actions__role"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (busy || role === person.role) return;
                resetErrors();
                changeRole.mutate(
                  { id: person.id, role },
                  {
                    onSuccess: (updated) =>
                      onAnnounce(t('staff.roleSaved', { email: updated.email, role: t(`role.${updated.role}`) })),
                  },
                );
              }}
            >
              <SelectField<Role>
                id={`role-${person.id}`}
                label={t('staff.roleFor', { email: person.email })}
                hideLabel
                value={role}
                onChange={setRole}
                options={roles.map((value) => ({ value, label: t(`role.${value}`) }))}
              />
              <Button type="submit" variant="secondary" busy={changeRole.isPending}>
                {t('staff.saveRole')}
                <span className="visually-hidden"> {t('staff.forUser', { email: person.email })}</span>
              </Button>
            </form>
            <ConfirmStep
              questionId={`confirm-${person.id}`}
              question={t(suspended ? 'staff.confirmReactivate' : 'staff.confirmSuspend', { email: person.email })}
              trigger={
                <>
                  {t(suspended ? 'staff.reactivate' : 'staff.suspend')}
                  <span className="visually-hidden"> {person.email}</span>
                </>
              }
              confirmLabel={t(suspended ? 'staff.yesReactivate' : 'staff.yesSuspend')}
              danger={!suspended}
              busy={suspend.isPending || reactivate.isPending}
              onOpen={resetErrors}
              onConfirm={(done) => {
                resetErrors();
                const mutation = suspended ? reactivate : suspend;
                mutation.mutate(person.id, {
                  onSuccess: (updated) => {
                    onAnnounce(t(updated.status === 'suspended' ? 'staff.suspended' : 'staff.reactivated', { email: updated.email }));
                  },
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
        ) : (
          <span className="muted">{t('common.none')}</span>
        )}
      </td>
    </tr>
  );
}
