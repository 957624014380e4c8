import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { webPaths, withId, type ApprovalItem } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { formatCalendarDate } from '../../../i18n/dates';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { useFieldErrors } from '../../../components/use-field-errors';
import { useApproveClaim } from '../api/approve-claim';
import { useRejectClaim } from '../api/reject-claim';
import { useRequestClaimInfo } from '../api/request-claim-info';
import { CandidateRecords } from './candidate-records';
import { TextAreaField } from '../../../components/text-area-field';

export interface ApprovalItemCardProps {
  item: ApprovalItem;
  /** Called once the claim is decided (or a question sent) with what to tell the reader. */
  onDone: (message: string) => void;
}

type Mode = 'choose' | 'reject' | 'ask';

const personName = (member: ApprovalItem['member']): string =>
  [member.firstName, member.lastName].filter((part): part is string => Boolean(part?.trim())).join(' ');

/** One claim in the queue, beside the HR records closest to it, with HR's three answers. */
export function ApprovalItemCard({ item, onDone }: ApprovalItemCardProps) {
  const { t, language, formatDateTime } = useI18n();
  const { claim, member } = item;
  const name = personName(member) || member.email;
  const [recordId, setRecordId] = useState('');
  const [mode, setMode] = useState<Mode>('choose');
  const [text, setText] = useState('');
  const textRef = useRef<HTMLDivElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const rejectRef = useRef<HTMLButtonElement>(null);
  const [returnFocus, setReturnFocus] = useState<'ask' | 'reject' | null>(null);
  const approve = useApproveClaim();
  const reject = useRejectClaim();
  const ask = useRequestClaimInfo();
  const busy = approve.isPending || reject.isPending || ask.isPending;
  const error = approve.error ?? reject.error ?? ask.error;
  const fieldErrors = useFieldErrors(reject.error ?? ask.error);
  const prefix = `claim-${claim.id}`;

  useEffect(() => {
    if (mode !== 'choose') textRef.current?.querySelector('textarea')?.focus();
  }, [mode]);

  // Cancelling a reply puts focus back on the button that opened it.
  useEffect(() => {
    if (mode !== 'choose' || !returnFocus) return;
    (returnFocus === 'ask' ? askRef : rejectRef).current?.focus();
    setReturnFocus(null);
  }, [mode, returnFocus]);

  const resetAll = () => {
    approve.reset();
    reject.reset();
    ask.reset();
  };

  // The decided claim leaves the list, and this card with it, before a per-call callback could run: the promise still settles.
  const settle = (done: Promise<void>, message: string) => {
    done.then(
      () => onDone(message),
      () => undefined, // The mutation keeps the error; the card shows it.
    );
  };

  const open = (next: Mode) => {
    resetAll();
    setText('');
    setMode(next);
  };

  const none = t('common.none');

  return (
    <article className="approval" aria-labelledby={`${prefix}-title`}>
      <header className="approval__header">
        <h3 id={`${prefix}-title`}>
          <Link to={withId(webPaths.adminMember, member.id)}>{name}</Link>
        </h3>
        <p className="approval__meta">
          <span className="cell-email">{member.email}</span>
          <span aria-hidden="true"> · </span>
          {t('adminApprovals.submitted', { time: formatDateTime(claim.createdAt) })}
          <span aria-hidden="true"> · </span>
          {t('adminApprovals.mailLanguage', { language: t(`language.${member.language}`) })}
        </p>
      </header>
      <div className="approval__body">
        <div className="approval__claim">
          <h4>{t('adminApprovals.claimTitle')}</h4>
          <dl className="member-facts member-facts--single">
            <div className="member-facts__item">
              <dt>{t('adminApprovals.memberType')}</dt>
              <dd>{t(`adminMembership.memberType.${claim.memberType}`)}</dd>
            </div>
            <div className="member-facts__item">
              <dt>{t('adminApprovals.department')}</dt>
              <dd>{claim.department}</dd>
            </div>
            <div className="member-facts__item">
              <dt>{t('adminApprovals.title')}</dt>
              <dd>{claim.title}</dd>
            </div>
            <div className="member-facts__item">
              <dt>{t('adminApprovals.months')}</dt>
              <dd>
                {formatCalendarDate(claim.startMonth, language)} –{' '}
                {claim.endMonth ? formatCalendarDate(claim.endMonth, language) : t('adminApprovals.ongoing')}
              </dd>
            </div>
            <div className="member-facts__item">
              <dt>{t('adminApprovals.employeeNumber')}</dt>
              <dd>{claim.employeeNumber ?? none}</dd>
            </div>
            <div className="member-facts__item">
              <dt>{t('adminApprovals.memberNote')}</dt>
              <dd className="approval__note">{claim.memberNote ?? none}</dd>
            </div>
            {claim.decisionNote ? (
              <div className="member-facts__item">
                <dt>{t('adminApprovals.yourQuestion')}</dt>
                <dd className="approval__note">{claim.decisionNote}</dd>
              </div>
            ) : null}
          </dl>
        </div>
        <div className="approval__records">
          <h4>{t('adminApprovals.recordsTitle')}</h4>
          <CandidateRecords claimId={claim.id} name={name} candidates={item.candidates} selected={recordId} onSelect={setRecordId} />
        </div>
      </div>
      <div className="approval__actions">
        {mode === 'choose' ? (
          <>
            {error ? <ErrorSummary error={error} /> : null}
            <div className="form-actions">
              <Button
                busy={approve.isPending}
                onClick={() => {
                  if (busy) return;
                  resetAll();
                  settle(approve.mutateAsync({ claimId: claim.id, ...(recordId ? { recordId } : {}) }), t('adminApprovals.approved', { name }));
                }}
              >
                {recordId ? t('adminApprovals.approveWithRecord') : t('adminApprovals.approve')}
                <span className="visually-hidden"> {t('adminApprovals.forPerson', { name })}</span>
              </Button>
              <Button ref={askRef} variant="secondary" onClick={() => open('ask')}>
                {t('adminApprovals.ask')}
                <span className="visually-hidden"> {t('adminApprovals.forPerson', { name })}</span>
              </Button>
              <Button ref={rejectRef} variant="danger" onClick={() => open('reject')}>
                {t('adminApprovals.reject')}
                <span className="visually-hidden"> {t('adminApprovals.forPerson', { name })}</span>
              </Button>
            </div>
          </>
        ) : (
          <form
            className="form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (busy) return;
              if (mode === 'reject') settle(reject.mutateAsync({ claimId: claim.id, reason: text }), t('adminApprovals.rejected', { name }));
              else settle(ask.mutateAsync({ claimId: claim.id, question: text }), t('adminApprovals.asked', { name }));
            }}
          >
            <ErrorSummary
              error={mode === 'reject' ? reject.error : ask.error}
              fields={[
                mode === 'reject'
                  ? { name: 'reason', id: `${prefix}-reason`, label: t('adminApprovals.reason') }
                  : { name: 'question', id: `${prefix}-question`, label: t('adminApprovals.question') },
              ]}
            />
            <div ref={textRef} className="approval__text">
              {mode === 'reject' ? (
                <TextAreaField
                  id={`${prefix}-reason`}
                  name="reason"
                  label={t('adminApprovals.reason')}
                  hint={t('adminApprovals.reasonHint', { name })}
                  value={text}
                  onChange={setText}
                  error={fieldErrors.reason}
                  required
                  maxLength={1000}
                />
              ) : (
                <TextAreaField
                  id={`${prefix}-question`}
                  name="question"
                  label={t('adminApprovals.question')}
                  hint={t('adminApprovals.questionHint', { name })}
                  value={text}
                  onChange={setText}
                  error={fieldErrors.question}
                  required
                  maxLength={1000}
                />
              )}
            </div>
            <div className="form-actions">
              <Button type="submit" variant={mode === 'reject' ? 'danger' : 'primary'} busy={busy}>
                {mode === 'reject' ? t('adminApprovals.rejectSubmit') : t('adminApprovals.askSubmit')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setReturnFocus(mode === 'reject' ? 'reject' : 'ask');
                  open('choose');
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </article>
  );
}
