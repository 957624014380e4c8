import { useState } from 'react';
import { jobTypes, pickText, type FlagStage, type JobType, type TalentFlag } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeFieldErrors } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useJobs } from '../../jobs/api/get-jobs';
import { helsinkiToday } from '../../jobs/job-form';
import { useMoveFlag } from '../api/move-flag';
import { flagMove, movesFrom, type RehireValues } from '../board';

export interface MoveControlProps {
  flag: TalentFlag;
  onMoved: (flag: TalentFlag) => void;
}

/** Move a flag to another stage the rules allow; a rehire asks for its day, type of work and posting. */
export function MoveControl({ flag, onMoved }: MoveControlProps) {
  const { t, language } = useI18n();
  const moves = movesFrom(flag.stage);
  const [stage, setStage] = useState<FlagStage | undefined>(moves[0]);
  const [rehire, setRehire] = useState<RehireValues>(() => ({ rehiredOn: helsinkiToday(), type: 'full_time', jobId: '' }));
  const move = useMoveFlag();
  const jobs = useJobs(undefined);
  const fieldErrors = describeFieldErrors(move.error, t);
  const idBase = `move-${flag.id}`;
  if (stage === undefined) return null;

  const jobOptions = [
    { value: '', label: t('adminTalent.rehire.noJob') },
    ...(jobs.data?.pages.flatMap((page) => page.items) ?? []).map((job) => ({ value: job.id, label: pickText(job.title, language) || t('adminJobs.untitled') })),
  ];

  return (
    <form
      className="form"
      noValidate
      aria-label={t('adminTalent.move.label', { name: flag.member.name })}
      onSubmit={(event) => {
        event.preventDefault();
        if (move.isPending) return;
        move.mutate({ id: flag.id, move: flagMove(stage, rehire) }, { onSuccess: onMoved });
      }}
    >
      <ErrorSummary
        error={move.error}
        fields={[
          { name: 'stage', id: `${idBase}-stage`, label: t('adminTalent.move.to') },
          { name: 'rehire.rehiredOn', id: `${idBase}-rehiredOn`, label: t('adminTalent.rehire.date') },
          { name: 'rehire.type', id: `${idBase}-type`, label: t('adminTalent.rehire.type') },
          { name: 'rehire.jobId', id: `${idBase}-job`, label: t('adminTalent.rehire.job') },
        ]}
        messages={fieldErrors}
      />
      <SelectField<FlagStage>
        id={`${idBase}-stage`}
        label={t('adminTalent.move.to')}
        value={stage}
        onChange={setStage}
        options={moves.map((s) => ({ value: s, label: t(`adminTalent.stage.${s}`) }))}
      />
      {stage === 'rehired' ? (
        <fieldset className="form-group">
          <legend>{t('adminTalent.rehire.legend')}</legend>
          <TextField
            id={`${idBase}-rehiredOn`}
            type="date"
            label={t('adminTalent.rehire.date')}
            value={rehire.rehiredOn}
            onChange={(rehiredOn) => setRehire((current) => ({ ...current, rehiredOn }))}
            error={fieldErrors['rehire.rehiredOn']}
            required
          />
          <SelectField<JobType>
            id={`${idBase}-type`}
            label={t('adminTalent.rehire.type')}
            value={rehire.type}
            onChange={(type) => setRehire((current) => ({ ...current, type }))}
            error={fieldErrors['rehire.type']}
            options={jobTypes.map((type) => ({ value: type, label: t(`adminJobs.type.${type}`) }))}
          />
          <SelectField<string>
            id={`${idBase}-job`}
            label={t('adminTalent.rehire.job')}
            value={rehire.jobId}
            onChange={(jobId) => setRehire((current) => ({ ...current, jobId }))}
            error={fieldErrors['rehire.jobId']}
            options={jobOptions}
          />
        </fieldset>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={move.isPending}>
          {stage === 'rehired' ? t('adminTalent.rehire.save') : t('adminTalent.move.save')}
          <span className="visually-hidden"> {flag.member.name}</span>
        </Button>
      </div>
    </form>
  );
}
