import { useMemo, useState } from 'react';
import { languages, memberTypes, returnModes, type MemberType, type Profile } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { NameFields } from '../../../components/name-fields';
import { Notice } from '../../../components/notice';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextAreaField } from '../../../components/text-area-field';
import { countryOptions } from '../../membership/countries';
import { useUpdateProfile } from '../api/update-profile';
import { profileBody, profileValues, toggleReturnMode, type ProfileValues } from '../../../profile-form/profile-values';
import { SkillsEditor } from './skills-editor';
import { VisibilityField } from './visibility-field';

const ids = {
  firstName: 'profile-first-name',
  lastName: 'profile-last-name',
  memberType: 'profile-member-type',
  headline: 'profile-headline',
  currentEmployer: 'profile-employer',
  currentTitle: 'profile-title',
  city: 'profile-city',
  country: 'profile-country',
  linkedinUrl: 'profile-linkedin',
  bio: 'profile-bio',
  skills: 'profile-skill-input',
  openToReturn: 'profile-open-to-return',
  mentor: 'profile-mentor',
  speaker: 'profile-speaker',
} as const;

type ProfileTextField = 'headline' | 'currentEmployer' | 'currentTitle' | 'city' | 'linkedinUrl' | 'bio';

export function ProfileDetailsForm({ profile }: { profile: Profile }) {
  const { t, locale, setLanguage } = useI18n();
  const update = useUpdateProfile();
  const fieldErrors = useFieldErrors(update.error);
  const [values, setValues] = useState<ProfileValues>(() => profileValues(profile));
  const countries = useMemo(() => countryOptions(locale, values.country || null), [locale, values.country]);

  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    update.reset();
    setValues((current) => ({ ...current, [key]: value }));
  };
  const text = (key: ProfileTextField) => (value: string) => set(key, value);
  const skillsError = Object.entries(fieldErrors).find(([key]) => key === 'skills' || key.startsWith('skills.'))?.[1];

  return (
    <section className="panel" aria-labelledby="profile-details-title">
      <h2 id="profile-details-title">{t('profile.detailsTitle')}</h2>
      <form
        className="form profile-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (update.isPending) return;
          update.mutate(profileBody(values), { onSuccess: (saved) => setLanguage(saved.language) });
        }}
      >
        <ErrorSummary
          error={update.error}
          fields={[
            { name: 'firstName', id: ids.firstName, label: t('fields.firstName') },
            { name: 'lastName', id: ids.lastName, label: t('fields.lastName') },
            { name: 'memberType', id: ids.memberType, label: t('membership.memberType') },
            { name: 'headline', id: ids.headline, label: t('profile.headline') },
            { name: 'currentEmployer', id: ids.currentEmployer, label: t('profile.currentEmployer') },
            { name: 'currentTitle', id: ids.currentTitle, label: t('profile.currentTitle') },
            { name: 'city', id: ids.city, label: t('profile.city') },
            { name: 'country', id: ids.country, label: t('profile.country') },
            { name: 'linkedinUrl', id: ids.linkedinUrl, label: t('profile.linkedinUrl') },
            { name: 'bio', id: ids.bio, label: t('profile.bio') },
            { name: 'skills', id: ids.skills, label: t('profile.skills') },
          ]}
        />

        <fieldset className="form-group">
          <legend>{t('profile.basicsTitle')}</legend>
          <NameFields
            ids={ids}
            values={values}
            onChange={(field) => (value) => set(field, value)}
            errors={fieldErrors}
          />
          <SelectField<MemberType>
            id={ids.memberType}
            name="memberType"
            label={t('membership.memberType')}
            value={values.memberType}
            onChange={(value) => set('memberType', value)}
            error={fieldErrors.memberType}
            options={memberTypes.map((value) => ({ value, label: t(`memberTypes.${value}`) }))}
          />
          <RadioGroup
            name="profile-language"
            legend={t('profile.language')}
            value={values.language}
            onChange={(value) => set('language', value)}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
        </fieldset>

        <fieldset className="form-group">
          <legend>{t('profile.aboutTitle')}</legend>
          <TextField
            id={ids.headline}
            name="headline"
            label={t('profile.headline')}
            hint={t('profile.headlineHint')}
            value={values.headline}
            onChange={text('headline')}
            error={fieldErrors.headline}
            maxLength={160}
          />
          <div className="form-row">
            <TextField
              id={ids.currentEmployer}
              name="currentEmployer"
              label={t('profile.currentEmployer')}
              value={values.currentEmployer}
              onChange={text('currentEmployer')}
              error={fieldErrors.currentEmployer}
              maxLength={160}
              autoComplete="organization"
            />
            <TextField
              id={ids.currentTitle}
              name="currentTitle"
              label={t('profile.currentTitle')}
              value={values.currentTitle}
              onChange={text('currentTitle')}
              error={fieldErrors.currentTitle}
              maxLength={160}
              autoComplete="organization-title"
            />
          </div>
          <div className="form-row">
            <TextField
              id={ids.city}
              name="city"
              label={t('profile.city')}
              value={values.city}
              onChange={text('city')}
              error={fieldErrors.city}
              maxLength={100}
              autoComplete="address-level2"
            />
            <SelectField
              id={ids.country}
              name="country"
              label={t('profile.country')}
              value={values.country}
              onChange={(value) => set('country', value)}
              error={fieldErrors.country}
              options={[{ value: '', label: t('profile.countryNone') }, ...countries]}
            />
          </div>
          <TextField
            id={ids.linkedinUrl}
            name="linkedinUrl"
            label={t('profile.linkedinUrl')}
            hint={t('profile.linkedinHint')}
            value={values.linkedinUrl}
            onChange={text('linkedinUrl')}
            error={fieldErrors.linkedinUrl}
            maxLength={300}
            autoComplete="url"
          />
          <TextAreaField
            id={ids.bio}
            name="bio"
            label={t('profile.bio')}
            hint={t('profile.bioHint')}
            value={values.bio}
            onChange={text('bio')}
            error={fieldErrors.bio}
            maxLength={2000}
            rows={6}
            counter
          />
        </fieldset>

        <SkillsEditor skills={values.skills} onChange={(skills) => set('skills', skills)} error={skillsError} />

        <fieldset className="form-group">
          <legend>{t('profile.interestsTitle')}</legend>
          <CheckboxField
            id={ids.openToReturn}
            name="openToReturn"
            label={t('profile.openToReturn')}
            description={t('profile.openToReturnText')}
            checked={values.openToReturn}
            onChange={(checked) => set('openToReturn', checked)}
          />
          {values.openToReturn ? (
            <fieldset className="field nested-choices">
              <legend className="field__label">{t('profile.returnModes')}</legend>
              {returnModes.map((mode) => (
                <CheckboxField
                  key={mode}
                  id={`profile-return-${mode}`}
                  name="returnModes"
                  label={t(`returnModes.${mode}`)}
                  checked={values.returnModes.includes(mode)}
                  onChange={(checked) => set('returnModes', toggleReturnMode(values.returnModes, mode, checked))}
                />
              ))}
            </fieldset>
          ) : null}
          <CheckboxField
            id={ids.mentor}
            name="mentor"
            label={t('profile.mentor')}
            description={t('profile.mentorText')}
            checked={values.mentor}
            onChange={(checked) => set('mentor', checked)}
          />
          <CheckboxField
            id={ids.speaker}
            name="speaker"
            label={t('profile.speaker')}
            description={t('profile.speakerText')}
            checked={values.speaker}
            onChange={(checked) => set('speaker', checked)}
          />
        </fieldset>

        <VisibilityField value={values.directoryVisibility} onChange={(value) => set('directoryVisibility', value)} />

        {update.isSuccess ? <Notice>{t('profile.saved')}</Notice> : null}
        <Button type="submit" busy={update.isPending}>
          {t('profile.save')}
        </Button>
      </form>
    </section>
  );
}
