import { useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { NameFields } from '../../../components/name-fields';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { PasswordField } from '../../../components/password-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { webPaths } from '../../../paths';
import { useAcceptInvite } from '../api/accept-invite';

const tokenErrors: ErrorOverrides = { not_found: 'errors.invalidToken', conflict: 'errors.invalidToken' };

const ids = {
  firstName: 'invite-first-name',
  lastName: 'invite-last-name',
  password: 'invite-password',
} as const;

export function AcceptInvitePage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const navigate = useNavigate();
  const accept = useAcceptInvite();
  const { values, setter } = useFormState({ firstName: '', lastName: '', password: '' });
  const fieldErrors = useFieldErrors(accept.error);

  return (
    <div className="page page--narrow">
      <PageHeading title={t('acceptInvite.title')} />
      {token ? (
        <>
          <p className="lead">{t('acceptInvite.intro')}</p>
          <div className="panel">
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (accept.isPending) return;
                accept.mutate(
                  { token, ...values },
                  { onSuccess: () => void navigate(webPaths.admin, { replace: true }) },
                );
              }}
            >
              <ErrorSummary
                error={accept.error}
                overrides={tokenErrors}
                fields={[
                  { name: 'firstName', id: ids.firstName, label: t('fields.firstName') },
                  { name: 'lastName', id: ids.lastName, label: t('fields.lastName') },
                  { name: 'password', id: ids.password, label: t('fields.password') },
                ]}
              />
              <NameFields ids={ids} values={values} onChange={setter} errors={fieldErrors} />
              <PasswordField
                id={ids.password}
                purpose="new"
                value={values.password}
                onChange={setter('password')}
                error={fieldErrors.password}
              />
              <Button type="submit" busy={accept.isPending}>
                {t('acceptInvite.submit')}
              </Button>
            </form>
          </div>
        </>
      ) : (
        <Notice tone="error">{t('errors.missingToken')}</Notice>
      )}
    </div>
  );
}
