import type { MyRsvp } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeMyAnswer } from '../answer-rules';

/** Where the member stands: their answer and, on the waitlist, their place in line. */
export function MyAnswer({ mine }: { mine: MyRsvp | null }) {
  const { t } = useI18n();
  return (
    <>
      {describeMyAnswer(mine).map(({ key, params }, index) => (
        <p key={key} className={index === 0 ? 'my-answer' : undefined}>
          {t(key, params)}
        </p>
      ))}
    </>
  );
}
