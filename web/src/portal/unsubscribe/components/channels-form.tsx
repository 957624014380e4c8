import type { ConsentChannel } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Button } from '../../../components/button';
import { CheckboxField } from '../../../components/checkbox-field';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/notice';
import type { Granted } from '../mail-preferences';
import { linkErrors } from './link-errors';

export interface ChannelsFormProps {
  channels: readonly ConsentChannel[];
  granted: Granted;
  onChange: (channel: ConsentChannel, granted: boolean) => void;
  /** Set when the choices were saved; keys the message, so each save is announced. */
  savedAt: number | null;
  busy: boolean;
  error: unknown;
  onSave: () => void;
}

/** One box per mail channel the link covers, saved together. */
export function ChannelsForm({ channels, granted, onChange, savedAt, busy, error, onSave }: ChannelsFormProps) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="mail-channels-title">
      <h2 id="mail-channels-title">{t('mailPreferences.channelsTitle')}</h2>
      <p>{t('mailPreferences.channelsIntro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSave();
        }}
      >
        <ErrorSummary error={error} overrides={linkErrors} />
        <fieldset className="form-group">
          <legend className="visually-hidden">{t('mailPreferences.channelsLegend')}</legend>
          {channels.map((channel) => (
            <CheckboxField
              key={channel}
              id={`mail-preference-${channel}`}
              name={channel}
              label={t(`consents.${channel}`)}
              description={t(`consents.${channel}Text`)}
              checked={granted[channel] ?? false}
              onChange={(checked) => onChange(channel, checked)}
            />
          ))}
        </fieldset>
        {savedAt !== null ? <Notice key={savedAt}>{t('mailPreferences.saved')}</Notice> : null}
        <Button type="submit" busy={busy}>
          {t('mailPreferences.save')}
        </Button>
      </form>
    </section>
  );
}
