import { useState } from 'react';
import { languages, staffRoles, type Language, type StaffRole } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { EmailField } from '../../../components/email-field';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { SelectField } from '../../../components/select-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useInviteStaff } from '../api/invite-staff';

const ids = { email: 'invite-email', role: 'invite-role', language: 'invite-language' } as const;

export function InviteStaffForm() {
  const { t, language: uiLanguage } = useI18n();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('hr');
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const invite = useInviteStaff();
  const fieldErrors = useFieldErrors(invite.error);

  return (
    <section className="panel">
      <h2>{t('staff.inviteTitle')}</h2>
      <p>{t('staff.inviteIntro')}</p>
      {invite.isSuccess ? <Notice>{t('staff.invited', { email: invite.variables.email.trim() })}</Notice> : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (invite.isPending) return;
          invite.mutate({ email, role, language }, { onSuccess: () => setEmail('') });
        }}
      >
        <ErrorSummary
          error={invite.error}
          fields={[
            { name: 'email', id: ids.email, label: t('fields.email') },
            { name: 'role', id: ids.role, label: t('fields.role') },
            { name: 'language', id: ids.language, label: t('fields.inviteLanguage') },
          ]}
        />
        <div className="form-row form-row--three">
          <EmailField id={ids.email} autoComplete="off" value={email} onChange={setEmail} error={fieldErrors.email} />
          <SelectField
            id={ids.role}
            label={t('fields.role')}
            value={role}
            onChange={setRole}
            error={fieldErrors.role}
            options={staffRoles.map((value) => ({ value, label: t(`role.${value}`) }))}
          />
          <SelectField
            id={ids.language}
            label={t('fields.inviteLanguage')}
            value={language}
            onChange={setLanguage}
            error={fieldErrors.language}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
        </div>
        <Button type="submit" busy={invite.isPending}>
          {t('staff.inviteSubmit')}
        </Button>
      </form>
    </section>
  );
}
