import { useState } from 'react';
import { ZLocalDateTime, type Newsletter } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatZonedDateTime } from '../../../i18n/dates';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ConfirmStep } from '../../../components/confirm-step';
import { RadioGroup } from '../../../components/radio-group';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { timeZoneChoices } from '../../events/time-zones';
import { useNewsletterAudience } from '../api/get-newsletter-audience';
import { useNewsletterPlan } from '../api/get-newsletter-plan';
import { useScheduleNewsletter } from '../api/schedule-newsletter';
import { cadenceWarningText } from '../plan-summary';
import { cadenceRefusalText, newScheduleValues, scheduleBody, scheduleProblems, sendModes, type ScheduleValues, type SendMode } from '../schedule-form';
import { sendNowQuestion } from '../sending-figures';
import { AudienceSummary } from './audience-summary';

/** The bounds the shared schema accepts for a wall-clock time. */
const earliest = '2000-01-01T00:00';
const latest = '2100-12-31T23:59';

/** How long the plan check waits after the time stops changing. */
const checkDelay = 400;

export interface SchedulePanelProps {
  newsletter: Newsletter;
  /** The editor holds changes not saved yet: what is sent is what was saved. */
  unsaved: boolean;
  onDone: (message: string) => void;
}

/**
 * Sends the draft at a set time or at once. The time is checked against the cadence policy as it is
 * picked, so HR sees the warnings before asking; the server refuses a time that breaks the policy unless
 * HR ticks "send anyway", a time in the past, and an audience no one in which would get the mail.
 */
export function SchedulePanel({ newsletter, unsaved, onDone }: SchedulePanelProps) {
  const { t, language, locale } = useI18n();
  const [values, setValues] = useState<ScheduleValues>(() => newScheduleValues(newsletter));
  const schedule = useScheduleNewsletter();
  const audience = useNewsletterAudience(newsletter.segmentId);
  const problems = scheduleProblems(schedule.error, t);

  const settledAt = useDebouncedValue(values.at, checkDelay);
  const checkAt = values.mode === 'later' && ZLocalDateTime.safeParse(settledAt).success ? settledAt : null;
  const check = useNewsletterPlan({ at: checkAt ?? undefined, timeZone: values.timeZone, newsletterId: newsletter.id }, checkAt !== null);
  // While no time is being checked, an earlier answer kept on screen by the query does not count.
  const plan = checkAt !== null ? check.data : undefined;
  const offerAccept = (plan?.warnings.length ?? 0) > 0 || problems.cadence.length > 0;

  /** A new time or mode is a new question: an earlier "send anyway" does not carry over. */
  const change = (next: Partial<ScheduleValues>) => setValues((current) => ({ ...current, ...next, acceptWarnings: false }));

  // The newsletter stops being a draft on success, so this panel goes before a callback given to
  // `mutate` could run; the promise is kept instead, and the page announces the outcome.
  const submit = (done?: () => void) => {
    if (schedule.isPending) return;
    schedule.reset();
    schedule
      .mutateAsync({ id: newsletter.id, body: scheduleBody(values) })
      .then((saved) =>
        onDone(
          saved.status === 'scheduled' && saved.scheduledAt
            ? t('adminNewsletters.scheduledMessage', { time: formatZonedDateTime(saved.scheduledAt, language, saved.timeZone) })
            : t('adminNewsletters.startedMessage'),
        ),
      )
      // The refusal is shown from the mutation's state.
      .catch(() => undefined)
      .finally(() => done?.());
  };

  return (
    <section className="panel" aria-labelledby="newsletter-send-title">
      <h2 id="newsletter-send-title">{t('adminNewsletters.schedule.title')}</h2>
      {unsaved ? <p className="muted">{t('adminNewsletters.unsavedNote')}</p> : null}
      <AudienceSummary segmentId={newsletter.segmentId} />
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (values.mode === 'later') submit();
        }}
      >
        <RadioGroup<SendMode>
          name="newsletter-send-mode"
          legend={t('adminNewsletters.schedule.mode')}
          value={values.mode}
          onChange={(mode) => {
            schedule.reset();
            change({ mode });
          }}
          options={sendModes.map((mode) => ({ value: mode, label: t(`adminNewsletters.schedule.mode.${mode}`) }))}
        />
        {values.mode === 'later' ? (
          <div className="form-row">
            <TextField
              id="newsletter-send-at"
              name="at"
              type="datetime-local"
              label={t('adminNewsletters.schedule.at')}
              hint={t('adminNewsletters.schedule.atHint')}
              value={values.at}
              onChange={(at) => change({ at })}
              error={problems.fields.at}
              min={earliest}
              max={latest}
              required
            />
            <SelectField<string>
              id="newsletter-send-timeZone"
              name="timeZone"
              label={t('adminNewsletters.schedule.timeZone')}
              value={values.timeZone}
              onChange={(timeZone) => change({ timeZone })}
              error={problems.fields.timeZone}
              options={timeZoneChoices(values.timeZone).map((zone) => ({ value: zone, label: zone }))}
            />
          </div>
        ) : null}
        {plan && plan.warnings.length > 0 ? (
          <div className="warning">
            <p className="warning__title">{t('adminNewsletters.schedule.warningsTitle')}</p>
            <ul>
              {plan.warnings.map((warning) => (
                <li key={`${warning.code}-${warning.from}`}>{cadenceWarningText(t, language, locale, warning, plan.policy)}</li>
              ))}
            </ul>
          </div>
        ) : plan ? (
          <p className="muted">{t('adminNewsletters.schedule.noWarnings')}</p>
        ) : null}
        {problems.cadence.length > 0 ? (
          <div className="warning" role="alert">
            <p className="warning__title">{t('adminNewsletters.schedule.refusedTitle')}</p>
            <ul>
              {problems.cadence.map((code) => (
                <li key={code}>{cadenceRefusalText(t, code)}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {offerAccept ? (
          <CheckboxField
            id="newsletter-send-accept"
            name="acceptCadenceWarnings"
            label={t('adminNewsletters.schedule.accept')}
            description={t('adminNewsletters.schedule.acceptHint')}
            checked={values.acceptWarnings}
            onChange={(acceptWarnings) => setValues((current) => ({ ...current, acceptWarnings }))}
          />
        ) : null}
        {problems.message ? (
          <p className="row-error" role="alert">
            {problems.message}
          </p>
        ) : null}
        <div className="form-actions">
          {values.mode === 'later' ? (
            <Button type="submit" busy={schedule.isPending}>
              {t('adminNewsletters.schedule.submit')}
            </Button>
          ) : (
            <ConfirmStep
              questionId="newsletter-send-now-question"
              question={sendNowQuestion(t, locale, audience.data?.reachable ?? null)}
              trigger={t('adminNewsletters.schedule.sendNow')}
              confirmLabel={t('adminNewsletters.schedule.sendNowYes')}
              danger={false}
              busy={schedule.isPending}
              onOpen={() => schedule.reset()}
              onConfirm={(done) => submit(done)}
            />
          )}
        </div>
      </form>
    </section>
  );
}
