import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { languages, type InvitationPreview, type Language } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import type { ErrorOverrides } from '../../../i18n/describe-error';
import { describeError } from '../../../i18n/describe-error';
import { isApiError } from '../../../api/api-error';
import { useSession } from '../../../api/session';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { NameFields } from '../../../components/name-fields';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { PasswordField } from '../../../components/password-field';
import { RadioGroup } from '../../../components/radio-group';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { webPaths } from '../../../paths';
import { useInvitationPreview } from '../api/preview-invitation';
import { useJoinFromInvitation } from '../api/join-from-invitation';
import { formatPeriod } from '../periods';

const ids = {
  firstName: 'join-first-name',
  lastName: 'join-last-name',
  email: 'join-email',
  password: 'join-password',
} as const;

/** A used, expired or unknown invitation reads the same to the person: the link no longer works. */
const tokenErrors: ErrorOverrides = {
  not_found: 'errors.invalidToken',
  conflict: 'errors.invalidToken',
  invalid_token: 'errors.invalidToken',
  rule_broken: 'errors.invalidToken',
};

const isTokenProblem = (error: unknown): boolean => describeError(error, (key) => key, tokenErrors) === 'errors.invalidToken';
/** The person already has an account (joined before, or registered with the same address). */
const isTaken = (error: unknown): boolean => isApiError(error) && error.code === 'conflict';

function InvalidInvitation({ taken = false }: { taken?: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Notice tone="error" title={taken ? t('join.takenTitle') : t('join.invalidTitle')}>
        <p>{taken ? t('join.takenText') : t('join.invalidText')}</p>
      </Notice>
      <ul className="link-list">
        <li>
          <Link to={webPaths.register}>{t('join.registerInstead')}</Link>
        </li>
        <li>
          <Link to={webPaths.signIn}>{t('join.signInInstead')}</Link>
        </li>
      </ul>
    </>
  );
}

type JoinMutation = ReturnType<typeof useJoinFromInvitation>;

function JoinForm({ token, preview, join }: { token: string; preview: InvitationPreview; join: JoinMutation }) {
  const { t, locale, setLanguage } = useI18n();
  const navigate = useNavigate();
  const fieldErrors = useFieldErrors(join.error);
  const { values, setter } = useFormState({ firstName: preview.firstName, lastName: preview.lastName, password: '' });
  const [language, setPickedLanguage] = useState<Language>(preview.language);

  if (join.error && isTokenProblem(join.error)) return <InvalidInvitation taken={isTaken(join.error)} />;

  return (
    <>
      <p className="lead">{t('join.intro')}</p>
      {preview.periods.length > 0 ? (
        <section className="panel" aria-labelledby="join-periods-title">
          <h2 id="join-periods-title">{t('join.periodsTitle')}</h2>
          <p>{t('join.periodsText')}</p>
          <ul className="employment-list">
            {preview.periods.map((period) => (
              <li key={`${period.startDate}-${period.department}-${period.title}`} className="employment-list__item">
                <div>
                  <p className="employment-list__title">
                    {period.title}, {period.department}
                    <span className="verified-badge">
                      <span aria-hidden="true">✓ </span>
                      {t('membership.verifiedPeriod')}
                    </span>
                  </p>
                  <p className="employment-list__dates">{formatPeriod(period.startDate, period.endDate, locale, t('membership.ongoing'))}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="panel" aria-labelledby="join-form-title">
        <h2 id="join-form-title">{t('join.formTitle')}</h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (join.isPending) return;
            join.mutate(
              { token, ...values, language },
              {
                onSuccess: () => {
                  setLanguage(language);
                  void navigate(webPaths.profile, { replace: true });
                },
              },
            );
          }}
        >
          <ErrorSummary
            error={join.error}
            overrides={tokenErrors}
            fields={[
              { name: 'firstName', id: ids.firstName, label: t('fields.firstName') },
              { name: 'lastName', id: ids.lastName, label: t('fields.lastName') },
              { name: 'password', id: ids.password, label: t('fields.password') },
            ]}
          />
          <NameFields ids={ids} values={values} onChange={setter} errors={fieldErrors} />
          <div className="field">
            <label className="field__label" htmlFor={ids.email}>
              {t('fields.email')}
            </label>
            <p className="field__hint" id={`${ids.email}-hint`}>
              {t('join.emailHint')}
            </p>
            <input
              className="field__input"
              id={ids.email}
              name="email"
              type="email"
              value={preview.email}
              readOnly
              autoComplete="username"
              aria-describedby={`${ids.email}-hint`}
            />
          </div>
          <RadioGroup
            name="join-language"
            legend={t('fields.language')}
            value={language}
            onChange={setPickedLanguage}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
          <PasswordField id={ids.password} purpose="new" value={values.password} onChange={setter('password')} error={fieldErrors.password} />
          <Button type="submit" busy={join.isPending}>
            {t('join.submit')}
          </Button>
        </form>
      </section>
    </>
  );
}

/** Where an invitation mail leads: the signup pre-filled from HR's record, already verified. */
export function JoinPage() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');
  const session = useSession();
  const preview = useInvitationPreview(token);
  const join = useJoinFromInvitation();
  const user = session.data?.user;

  let content;
  if (join.isSuccess) {
    // Signed in by the join itself: on the way to the profile.
    content = <Loading />;
  } else if (user) {
    content = (
      <Notice tone="info" title={t('join.signedInTitle')}>
        <p>{t('join.signedInText', { email: user.email })}</p>
        <p>
          <Link to={webPaths.home}>{t('links.home')}</Link>
        </p>
      </Notice>
    );
  } else if (!token) {
    content = <InvalidInvitation />;
  } else if (preview.isPending) {
    content = <Loading />;
  } else if (preview.isError) {
    content = isTokenProblem(preview.error) ? <InvalidInvitation taken={isTaken(preview.error)} /> : <Notice tone="error">{describeError(preview.error, t)}</Notice>;
  } else {
    content = <JoinForm token={token} preview={preview.data} join={join} />;
  }

  return (
    <div className="page page--medium">
      <PageHeading title={t('join.title')} />
      {content}
    </div>
  );
}
