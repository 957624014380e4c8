import { useState } from 'react';
import { ZConsentSource, consentChannels, type ConsentChannel, type ConsentState } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { CheckboxField } from '../../../components/checkbox-field';
import { useConsentHistory } from '../api/get-consent-history';
import { useUpdateConsents } from '../api/update-consents';

type Granted = Record<ConsentChannel, boolean>;

const grantedFrom = (consents: readonly ConsentState[]): Granted =>
  Object.fromEntries(consentChannels.map((channel) => [channel, consents.find((c) => c.channel === channel)?.granted ?? false])) as Granted;


function ConsentHistory() {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const history = useConsentHistory(open);
  const sourceLabel = (source: string): string => {
    const known = ZConsentSource.safeParse(source);
    return known.success ? t(`consentSources.${known.data}`) : source;
  };

  return (
    <details className="disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('consents.historyTitle')}</summary>
      {!open ? null : history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <Notice tone="error">{describeError(history.error, t)}</Notice>
      ) : history.data.items.length === 0 ? (
        <p className="empty">{t('consents.historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('consents.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consents.colTime')}</th>
                <th scope="col">{t('consents.colChannel')}</th>
                <th scope="col">{t('consents.colChoice')}</th>
                <th scope="col">{t('consents.colSource')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.items.map((entry, index) => (
                <tr key={`${entry.createdAt}-${entry.channel}-${index}`}>
                  <td className="cell-nowrap">{formatDateTime(entry.createdAt)}</td>
                  <td>{t(`consents.${entry.channel}`)}</td>
                  <td>{entry.granted ? t('consents.granted') : t('consents.withdrawn')}</td>
                  <td>{sourceLabel(entry.source)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}

/** One choice per channel; saving adds to the history only what changed. */
export function ConsentsSection({ consents }: { consents: readonly ConsentState[] }) {
  const { t } = useI18n();
  const update = useUpdateConsents();
  const [granted, setGranted] = useState<Granted>(() => grantedFrom(consents));

  return (
    <section className="panel" aria-labelledby="profile-consents-title">
      <h2 id="profile-consents-title">{t('consents.title')}</h2>
      <p>{t('consents.intro')}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (update.isPending) return;
          update.mutate({ consents: consentChannels.map((channel) => ({ channel, granted: granted[channel] })) });
        }}
      >
        <ErrorSummary error={update.error} />
        <fieldset className="form-group">
          <legend className="visually-hidden">{t('consents.legend')}</legend>
          {consentChannels.map((channel) => (
            <CheckboxField
              key={channel}
              id={`consent-${channel}`}
              name={channel}
              label={t(`consents.${channel}`)}
              description={t(`consents.${channel}Text`)}
              checked={granted[channel]}
              onChange={(checked) => {
                update.reset();
                setGranted((current) => ({ ...current, [channel]: checked }));
              }}
            />
          ))}
        </fieldset>
        {update.isSuccess ? <Notice>{t('consents.saved')}</Notice> : null}
        <Button type="submit" busy={update.isPending}>
          {t('consents.save')}
        </Button>
      </form>
      <ConsentHistory />
    </section>
  );
}
