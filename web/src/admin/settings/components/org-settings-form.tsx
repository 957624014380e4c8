import { useState } from 'react';
import { languages as allLanguages, minimumBrandContrast, type AdminSettings } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary, type SummaryField } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useUpdateSettings } from '../api/update-settings';
import { formatRatio, settingsBody, settingsFieldErrors, settingsValues, toggleLanguage, type SettingsValues } from '../settings-form';
import { ColourField } from './colour-field';

const ids = {
  orgName: 'settings-org-name',
  primaryColour: 'settings-primary-colour',
  accentColour: 'settings-accent-colour',
  languages: 'settings-language-fi',
  defaultLanguage: 'settings-default-language',
  recruitmentCostEur: 'settings-recruitment-cost',
  onboardingCostEur: 'settings-onboarding-cost',
} as const;

/** The organisation's name, colours, languages and saving figures, saved together. */
export function OrgSettingsForm({ current }: { current: AdminSettings }) {
  const { t, locale, formatDateTime } = useI18n();
  const [values, setValues] = useState<SettingsValues>(() => settingsValues(current.settings));
  const [sent, setSent] = useState<SettingsValues>(values);
  const [saved, setSaved] = useState(false);
  const update = useUpdateSettings();
  const fieldErrors = settingsFieldErrors(update.error, sent, t, locale);

  const change = (next: SettingsValues) => {
    setSaved(false);
    setValues(next);
  };
  const set = (field: Exclude<keyof SettingsValues, 'languages' | 'defaultLanguage'>) => (value: string) => change({ ...values, [field]: value });

  const summaryFields: SummaryField[] = [
    { name: 'orgName', id: ids.orgName, label: t('adminSettings.orgName') },
    { name: 'primaryColour', id: ids.primaryColour, label: t('adminSettings.primaryColour') },
    { name: 'accentColour', id: ids.accentColour, label: t('adminSettings.accentColour') },
    { name: 'languages', id: ids.languages, label: t('adminSettings.languages.title') },
    { name: 'defaultLanguage', id: ids.defaultLanguage, label: t('adminSettings.defaultLanguage') },
    { name: 'recruitmentCostEur', id: ids.recruitmentCostEur, label: t('adminSettings.recruitmentCost') },
    { name: 'onboardingCostEur', id: ids.onboardingCostEur, label: t('adminSettings.onboardingCost') },
  ];
  const defaultChoices = values.languages.length ? values.languages : allLanguages;

  return (
    <section className="panel" aria-labelledby="settings-org-title">
      <h2 id="settings-org-title">{t('adminSettings.org.title')}</h2>
      <p className="muted">{current.updatedAt ? t('adminSettings.lastSaved', { when: formatDateTime(current.updatedAt) }) : t('adminSettings.neverSaved')}</p>
      <form
        className="form settings-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (update.isPending) return;
          update.reset();
          setSent(values);
          update.mutate(settingsBody(values), {
            onSuccess: (result) => {
              setValues(settingsValues(result.settings));
              setSaved(true);
            },
          });
        }}
      >
        <ErrorSummary error={update.error} fields={summaryFields} messages={fieldErrors} />
        <TextField
          id={ids.orgName}
          name="orgName"
          label={t('adminSettings.orgName')}
          hint={t('adminSettings.orgNameHint')}
          value={values.orgName}
          onChange={set('orgName')}
          error={fieldErrors.orgName}
          maxLength={120}
          autoComplete="organization"
          required
        />

        <fieldset className="form-group">
          <legend>{t('adminSettings.colours.title')}</legend>
          <p className="field__hint">{t('adminSettings.colours.rule', { min: formatRatio(minimumBrandContrast, locale) })}</p>
          <div className="form-row">
            <ColourField
              id={ids.primaryColour}
              name="primaryColour"
              label={t('adminSettings.primaryColour')}
              hint={t('adminSettings.primaryColourHint')}
              value={values.primaryColour}
              saved={current.settings.primaryColour}
              onChange={set('primaryColour')}
              error={fieldErrors.primaryColour}
            />
            <ColourField
              id={ids.accentColour}
              name="accentColour"
              label={t('adminSettings.accentColour')}
              hint={t('adminSettings.accentColourHint')}
              value={values.accentColour}
              saved={current.settings.accentColour}
              onChange={set('accentColour')}
              error={fieldErrors.accentColour}
            />
          </div>
        </fieldset>

        <fieldset className="form-group" aria-describedby="settings-languages-hint">
          <legend>{t('adminSettings.languages.title')}</legend>
          <p className="field__hint" id="settings-languages-hint">
            {t('adminSettings.languages.hint')}
          </p>
          <div className={fieldErrors.languages ? 'field field--invalid checkbox-group' : 'field checkbox-group'}>
            {fieldErrors.languages ? (
              <p className="field__error">
                <span className="visually-hidden">{t('errors.prefix')} </span>
                {fieldErrors.languages}
              </p>
            ) : null}
            {allLanguages.map((language) => (
              <CheckboxField
                key={language}
                id={`settings-language-${language}`}
                name="languages"
                label={t(`language.${language}`)}
                checked={values.languages.includes(language)}
                onChange={(on) => change(toggleLanguage(values, language, on))}
              />
            ))}
          </div>
          <SelectField
            id={ids.defaultLanguage}
            name="defaultLanguage"
            label={t('adminSettings.defaultLanguage')}
            hint={t('adminSettings.defaultLanguageHint')}
            value={values.defaultLanguage}
            onChange={(defaultLanguage) => change({ ...values, defaultLanguage })}
            error={fieldErrors.defaultLanguage}
            options={defaultChoices.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('adminSettings.savings.title')}</legend>
          <p className="field__hint">{t('adminSettings.savings.intro')}</p>
          <div className="form-row">
            <TextField
              id={ids.recruitmentCostEur}
              name="recruitmentCostEur"
              label={t('adminSettings.recruitmentCost')}
              hint={t('adminSettings.recruitmentCostHint')}
              value={values.recruitmentCostEur}
              onChange={set('recruitmentCostEur')}
              error={fieldErrors.recruitmentCostEur}
              inputMode="numeric"
              maxLength={12}
            />
            <TextField
              id={ids.onboardingCostEur}
              name="onboardingCostEur"
              label={t('adminSettings.onboardingCost')}
              hint={t('adminSettings.onboardingCostHint')}
              value={values.onboardingCostEur}
              onChange={set('onboardingCostEur')}
              error={fieldErrors.onboardingCostEur}
              inputMode="numeric"
              maxLength={12}
            />
          </div>
        </fieldset>

        <div className="form-actions">
          <Button type="submit" busy={update.isPending}>
            {t('adminSettings.save')}
          </Button>
        </div>
        <div className="live-region" role="status">
          {saved ? t('adminSettings.saved') : ''}
        </div>
      </form>
    </section>
  );
}
