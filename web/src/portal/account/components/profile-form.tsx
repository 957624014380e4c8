import { useState } from 'react';
import { languages, type Language, type User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { NameFields } from '../../../components/name-fields';
import { Notice } from '../../../components/notice';
import { RadioGroup } from '../../../components/radio-group';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useFormState } from '../../../components/use-form-state';
import { useUpdateAccount } from '../api/update-account';

const ids = { firstName: 'account-first-name', lastName: 'account-last-name' } as const;

export function ProfileForm({ user }: { user: User }) {
  const { t, setLanguage } = useI18n();
  const { values: names, setter } = useFormState({ firstName: user.firstName ?? '', lastName: user.lastName ?? '' });
  // Follows the account (the header's switcher changes it too) until the person picks one here.
  const [pickedLanguage, setPickedLanguage] = useState<Language | null>(null);
  const language = pickedLanguage ?? user.language;
  const update = useUpdateAccount();
  const fieldErrors = useFieldErrors(update.error);

  return (
    <section className="panel">
      <h2>{t('account.profileTitle')}</h2>
      <dl className="facts">
        <dt>{t('account.currentEmail')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (update.isPending) return;
          update.mutate(
            { ...names, language },
            {
              onSuccess: (saved) => {
                setPickedLanguage(null);
                setLanguage(saved.language);
              },
            },
          );
        }}
      >
        <ErrorSummary
          error={update.error}
          fields={[
            { name: 'firstName', id: ids.firstName, label: t('fields.firstName') },
            { name: 'lastName', id: ids.lastName, label: t('fields.lastName') },
          ]}
        />
        {update.isSuccess ? <Notice>{t('account.profileSaved')}</Notice> : null}
        <NameFields
          ids={ids}
          values={names}
          onChange={(field) => (value) => {
            update.reset();
            setter(field)(value);
          }}
          errors={fieldErrors}
        />
        <RadioGroup
          name="account-language"
          legend={t('fields.language')}
          value={language}
          onChange={(value) => {
            update.reset();
            setPickedLanguage(value);
          }}
          options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
        />
        <Button type="submit" busy={update.isPending}>
          {t('account.profileSubmit')}
        </Button>
      </form>
    </section>
  );
}
