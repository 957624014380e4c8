import { useEffect, useRef, useState } from 'react';
import type { TalentFlag } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeFieldErrors } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useCreateFlag } from '../api/create-flag';
import { parseTags } from '../board';

export interface FlagFormProps {
  memberId: string;
  name: string;
  onSaved: (flag: TalentFlag) => void;
  onCancel: () => void;
}

/** Why the member is a boomerang candidate, and tags to find them by. */
export function FlagForm({ memberId, name, onSaved, onCancel }: FlagFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tags, setTags] = useState('');
  const create = useCreateFlag();
  const fieldErrors = describeFieldErrors(create.error, t);
  const idBase = `flag-${memberId}`;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${idBase}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (create.isPending) return;
        create.mutate({ memberId, reason: reason.trim(), tags: parseTags(tags) }, { onSuccess: onSaved });
      }}
    >
      <h4 id={`${idBase}-title`} tabIndex={-1} ref={headingRef}>
        {t('adminTalent.flag.title', { name })}
      </h4>
      <ErrorSummary
        error={create.error}
        fields={[
          { name: 'reason', id: `${idBase}-reason`, label: t('adminTalent.flag.reason') },
          { name: 'tags', id: `${idBase}-tags`, label: t('adminTalent.flag.tags') },
        ]}
        messages={fieldErrors}
        overrides={{ conflict: 'adminTalent.flag.conflict' }}
      />
      <TextAreaField
        id={`${idBase}-reason`}
        name="reason"
        label={t('adminTalent.flag.reason')}
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        maxLength={2000}
        rows={3}
        required
      />
      <TextField
        id={`${idBase}-tags`}
        name="tags"
        label={t('adminTalent.flag.tags')}
        hint={t('adminTalent.flag.tagsHint')}
        value={tags}
        onChange={setTags}
        error={fieldErrors.tags}
      />
      <div className="form-actions">
        <Button type="submit" busy={create.isPending}>
          {t('adminTalent.flag.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
