import { useEffect, useRef, useState } from 'react';
import {
  directoryVisibilities,
  languages,
  memberTypes,
  returnModes,
  type DirectoryVisibility,
  type Language,
  type MemberType,
  type Profile,
} from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useUpdateMember } from '../api/update-member';
import { changedProfileFields, profileFormValues, type ProfileFlagField, type ProfileFormValues, type ProfileTextField } from '../profile-form';
import { toggleReturnMode } from '../../../profile-form/profile-values';
import { CheckboxField } from '../../../components/checkbox-field';
import { TextAreaField } from '../../../components/text-area-field';

const id = (field: string) => `member-edit-${field}`;

export interface EditMemberFormProps {
  profile: Profile;
  onSaved: () => void;
  onCancel: () => void;
}

/** HR edits the member's profile for them, e.g. on the member's request; only changed fields are sent. */
export function EditMemberForm({ profile, onSaved, onCancel }: EditMemberFormProps) {
  const { t } = useI18n();
  const [initial] = useState(() => profileFormValues(profile));
  const [values, setValues] = useState<ProfileFormValues>(initial);
  const [unchanged, setUnchanged] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const update = useUpdateMember();
  const fieldErrors = useFieldErrors(update.error);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const errorFor = (name: string): string | undefined =>
    fieldErrors[name] ?? Object.entries(fieldErrors).find(([key]) => key.startsWith(`${name}.`))?.[1];
  const set = <K extends keyof ProfileFormValues>(field: K) => (value: ProfileFormValues[K]) => {
    setUnchanged(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const textField = (field: ProfileTextField, label: string, maxLength: number, extra: { hint?: string; required?: boolean } = {}) => (
    <TextField
      id={id(field)}
      name={field}
      label={label}
      value={values[field]}
      onChange={set(field)}
      error={errorFor(field)}
      maxLength={maxLength}
      {...extra}
    />
  );
  const flag = (field: ProfileFlagField, label: string) => (
    <CheckboxField id={id(field)} name={field} label={label} checked={values[field]} onChange={set(field)} />
  );

  const summaryFields = [
    { name: 'firstName', id: id('firstName'), label: t('fields.firstName') },
    { name: 'lastName', id: id('lastName'), label: t('fields.lastName') },
    { name: 'language', id: id('language'), label: t('adminMember.language') },
    { name: 'memberType', id: id('memberType'), label: t('adminMember.memberType') },
    { name: 'headline', id: id('headline'), label: t('adminMember.headline') },
    { name: 'currentEmployer', id: id('currentEmployer'), label: t('adminMember.currentEmployer') },
    { name: 'currentTitle', id: id('currentTitle'), label: t('adminMember.currentTitle') },
    { name: 'city', id: id('city'), label: t('adminMember.city') },
    { name: 'country', id: id('country'), label: t('adminMember.country') },
    { name: 'linkedinUrl', id: id('linkedinUrl'), label: t('adminMember.linkedin') },
    { name: 'bio', id: id('bio'), label: t('adminMember.bio') },
    { name: 'skills', id: id('skills'), label: t('adminMember.skills') },
  ];

  return (
    <section className="panel" aria-labelledby="member-edit-title">
      <h2 id="member-edit-title" tabIndex={-1} ref={headingRef}>
        {t('adminMember.editTitle')}
      </h2>
      <p>{t('adminMember.editIntro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (update.isPending) return;
          const body = changedProfileFields(initial, values);
          if (Object.keys(body).length === 0) {
            update.reset();
            setUnchanged(true);
            return;
          }
          update.mutate({ id: profile.id, body }, { onSuccess: onSaved });
        }}
      >
        <ErrorSummary error={update.error} fields={summaryFields} />
        {unchanged ? <Notice tone="info">{t('adminMember.nothingChanged')}</Notice> : null}
        <div className="form-row">
          {textField('firstName', t('fields.firstName'), 100, { required: true })}
          {textField('lastName', t('fields.lastName'), 100, { required: true })}
        </div>
        <div className="form-row">
          <SelectField<MemberType>
            id={id('memberType')}
            name="memberType"
            label={t('adminMember.memberType')}
            value={values.memberType}
            onChange={set('memberType')}
            error={errorFor('memberType')}
            options={memberTypes.map((value) => ({ value, label: t(`adminMembership.memberType.${value}`) }))}
          />
          <SelectField<Language>
            id={id('language')}
            name="language"
            label={t('adminMember.language')}
            value={values.language}
            onChange={set('language')}
            error={errorFor('language')}
            options={languages.map((value) => ({ value, label: t(`language.${value}`), lang: value }))}
          />
        </div>
        {textField('headline', t('adminMember.headline'), 160)}
        <div className="form-row">
          {textField('currentEmployer', t('adminMember.currentEmployer'), 160)}
          {textField('currentTitle', t('adminMember.currentTitle'), 160)}
        </div>
        <div className="form-row">
          {textField('city', t('adminMember.city'), 100)}
          {textField('country', t('adminMember.country'), 2, { hint: t('adminMember.countryHint') })}
        </div>
        {textField('linkedinUrl', t('adminMember.linkedin'), 300, { hint: t('adminMember.linkedinHint') })}
        <TextAreaField id={id('bio')} name="bio" label={t('adminMember.bio')} value={values.bio} onChange={set('bio')} error={errorFor('bio')} maxLength={2000} rows={5} />
        <TextField
          id={id('skills')}
          name="skills"
          label={t('adminMember.skills')}
          hint={t('adminMember.skillsHint')}
          value={values.skills}
          onChange={set('skills')}
          error={errorFor('skills')}
        />
        <fieldset className="field checkbox-group">
          <legend className="field__label">{t('adminMember.interestsLegend')}</legend>
          {flag('mentor', t('adminMember.mentor'))}
          {flag('speaker', t('adminMember.speaker'))}
          {flag('openToReturn', t('adminMember.openToReturn'))}
        </fieldset>
        <fieldset className="field checkbox-group">
          <legend className="field__label">{t('adminMember.returnModesLegend')}</legend>
          {returnModes.map((mode) => (
            <CheckboxField
              key={mode}
              id={id(`returnMode-${mode}`)}
              name="returnModes"
              label={t(`adminMembership.returnMode.${mode}`)}
              checked={values.returnModes.includes(mode)}
              onChange={(on) => set('returnModes')(toggleReturnMode(values.returnModes, mode, on))}
            />
          ))}
        </fieldset>
        <RadioGroup<DirectoryVisibility>
          name={id('directoryVisibility')}
          legend={t('adminMember.visibility')}
          value={values.directoryVisibility}
          onChange={set('directoryVisibility')}
          options={directoryVisibilities.map((value) => ({ value, label: t(`adminMembership.visibility.${value}`) }))}
        />
        <div className="form-actions">
          <Button type="submit" busy={update.isPending}>
            {t('adminMember.save')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
