import { TextField } from './text-field';
import type { DateRangeState } from './use-date-range';

interface RangeEnd {
  id: string;
  name: string;
  label: string;
}

export interface DateRangeFieldsProps {
  range: DateRangeState;
  from: RangeEnd;
  to: RangeEnd;
  /** Shown on the "to" field, and announced, when the range ends before it starts. */
  backwardsText: string;
}

/** A search form's "from" and "to" days. */
export function DateRangeFields({ range, from, to, backwardsText }: DateRangeFieldsProps) {
  const error = range.backwards ? backwardsText : undefined;
  return (
    <>
      <TextField {...from} type="date" value={range.from} onChange={range.setFrom} />
      <TextField {...to} type="date" value={range.to} onChange={range.setTo} error={error} />
      {/* Focus stays on the submit button, so the problem is also said aloud. */}
      {error ? (
        <p className="visually-hidden" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
