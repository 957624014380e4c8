import { useEffect, useRef, useState } from 'react';
import type { Language } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import { TextField } from '../../../components/text-field';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useInviteRecords } from '../api/invite-records';

export interface RangeInviteFormProps {
  /** The list's leaving-date filter, offered as the range. */
  leftFrom: string;
  leftTo: string;
  /** The language the invitations are written in. */
  language: Language;
}

/** Everyone who left in a date range and is not a member yet, asked once more before anything is sent. */
export function RangeInviteForm({ leftFrom: initialFrom, leftTo: initialTo, language: inviteLanguage }: RangeInviteFormProps) {
  const { t, language, locale } = useI18n();
  const [leftFrom, setLeftFrom] = useState(initialFrom);
  const [leftTo, setLeftTo] = useState(initialTo);
  const [confirming, setConfirming] = useState(false);
  const [localErrors, setLocalErrors] = useState<Readonly<Record<string, string>>>({});
  const questionRef = useRef<HTMLParagraphElement>(null);
  const invite = useInviteRecords();
  const serverErrors = useFieldErrors(invite.error);
  const fieldErrors = { ...serverErrors, ...localErrors };
  const complete = leftFrom !== '' && leftTo !== '';
  const range = { from: formatCalendarDate(leftFrom, language), to: formatCalendarDate(leftTo, language) };

  useEffect(() => {
    if (confirming) questionRef.current?.focus();
  }, [confirming]);

  return (
    <section className="range-invite" aria-labelledby="range-invite-title">
      <h3 id="range-invite-title">{t('adminRecords.rangeTitle')}</h3>
      <p>{t('adminRecords.rangeIntro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          invite.reset();
          const errors: Record<string, string> = {};
          if (leftFrom === '') errors.leftFrom = t('validation.required');
          if (leftTo === '') errors.leftTo = t('validation.required');
          else if (leftFrom !== '' && leftFrom > leftTo) errors.leftTo = t('adminRecords.rangeInvalid');
          setLocalErrors(errors);
          if (Object.keys(errors).length === 0) setConfirming(true);
        }}
      >
        {invite.isSuccess ? (
          <Notice focus>
            {t('adminRecords.inviteResult', {
              invited: new Intl.NumberFormat(locale).format(invite.data.invited),
              skipped: new Intl.NumberFormat(locale).format(invite.data.skipped),
            })}
          </Notice>
        ) : null}
        <ErrorSummary
          error={invite.error}
          fields={[
            { name: 'leftFrom', id: 'range-left-from', label: t('adminRecords.leftFrom') },
            { name: 'leftTo', id: 'range-left-to', label: t('adminRecords.leftTo') },
          ]}
        />
        {Object.keys(localErrors).length > 0 ? (
          <p className="visually-hidden" role="alert">
            {Object.values(localErrors).join(' ')}
          </p>
        ) : null}
        <div className="form-row">
          <TextField
            id="range-left-from"
            name="leftFrom"
            type="date"
            label={t('adminRecords.leftFrom')}
            value={leftFrom}
            onChange={(value) => {
              setConfirming(false);
              setLeftFrom(value);
            }}
            error={fieldErrors.leftFrom}
            required
          />
          <TextField
            id="range-left-to"
            name="leftTo"
            type="date"
            label={t('adminRecords.leftTo')}
            value={leftTo}
            onChange={(value) => {
              setConfirming(false);
              setLeftTo(value);
            }}
            error={fieldErrors.leftTo}
            required
          />
        </div>
        {confirming ? (
          <div className="confirm" role="group" aria-labelledby="range-invite-question">
            <p id="range-invite-question" tabIndex={-1} ref={questionRef}>
              {t('adminRecords.rangeConfirm', range)}
            </p>
            <div className="confirm__actions">
              <Button
                busy={invite.isPending}
                onClick={() =>
                  invite.mutate(
                    { leftFrom, leftTo, language: inviteLanguage },
                    {
                      onSuccess: () => setConfirming(false),
                    },
                  )
                }
              >
                {t('adminRecords.rangeYes')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button type="submit" variant="secondary">
            {complete ? t('adminRecords.rangeSubmit', range) : t('adminRecords.rangeSubmitNoDates')}
          </Button>
        )}
      </form>
    </section>
  );
}
