import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ZIdParams, webPaths, type MemberDetail } from '@alumni/shared';
import { isApiError } from '../../../api/api-error';
import { useI18n } from '../../../i18n/i18n-provider';
import { describeError } from '../../../i18n/describe-error';
import { Button } from '../../../components/button';
import { Loading } from '../../../components/loading';
import { Notice } from '../../../components/notice';
import { PageHeading } from '../../../components/page-heading';
import { useMember } from '../api/get-member';
import { ClaimsTable } from '../components/claims-table';
import { ConsentsSection } from '../components/consents-section';
import { EditMemberForm } from '../components/edit-member-form';
import { EmploymentTable } from '../components/employment-table';
import { EraseMemberDialog } from '../components/erase-member-dialog';
import { InvitationsTable } from '../components/invitations-table';
import { MemberNotFound } from '../components/member-not-found';
import { MemberProfileSection } from '../components/member-profile-section';
import { MemberRecordsTable } from '../components/member-records-table';
import { MemberStatusActions } from '../components/member-status-actions';
import { VerificationBadge } from '../components/verification-badge';
import { memberName } from '../member-name';

function BackLink() {
  const { t } = useI18n();
  return (
    <p className="back-link">
      <Link to={webPaths.adminMembers}>{t('adminMember.backToList')}</Link>
    </p>
  );
}

export function MemberDetailPage() {
  const { id = '' } = useParams();
  const validId = ZIdParams.safeParse({ id }).success;
  // An id that is not a uuid cannot name a member; it is not asked for.
  if (!validId) return <MemberNotFound />;
  return <MemberDetailLoader key={id} id={id} />;
}

function MemberDetailLoader({ id }: { id: string }) {
  const { t } = useI18n();
  const member = useMember(id);
  const [erasedName, setErasedName] = useState<string | null>(null);
  const notFound = isApiError(member.error) && (member.error.status === 404 || member.error.code === 'validation_failed');

  // One heading element for every state, so the focus it takes on arrival stays when the data comes.
  const title =
    erasedName !== null
      ? t('adminMember.erasedTitle')
      : member.data
        ? memberName(member.data.profile) || member.data.profile.email
        : notFound
          ? t('adminMember.notFoundTitle')
          : t('adminMember.title');

  return (
    <div className="page">
      <BackLink />
      <PageHeading title={title} />
      {erasedName !== null ? (
        <Notice focus>{t('adminMember.erased', { name: erasedName })}</Notice>
      ) : member.data ? (
        <MemberDetailView detail={member.data} onErased={setErasedName} />
      ) : member.isPending ? (
        <Loading />
      ) : notFound ? (
        <p>{t('adminMember.notFoundText')}</p>
      ) : (
        <Notice tone="error">{describeError(member.error, t)}</Notice>
      )}
    </div>
  );
}

function MemberDetailView({ detail, onErased }: { detail: MemberDetail; onErased: (label: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const { profile } = detail;
  const name = memberName(profile);
  const label = name || profile.email;
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [focusTarget, setFocusTarget] = useState<'edit' | 'erase' | null>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const eraseRef = useRef<HTMLButtonElement>(null);
  const canChange = detail.status !== 'erased';

  useEffect(() => {
    if (focusTarget === 'edit') editRef.current?.focus();
    if (focusTarget === 'erase') eraseRef.current?.focus();
    if (focusTarget) setFocusTarget(null);
  }, [focusTarget]);

  return (
    <>
      <p className="lead member-lead">
        <span className="cell-email">{profile.email}</span>
      </p>
      <div className="live-region" role="status">
        {announcement}
      </div>
      <div className="stack">
        <section className="panel" aria-labelledby="member-summary-title">
          <h2 id="member-summary-title" className="visually-hidden">
            {t('adminMember.summaryTitle')}
          </h2>
          <dl className="member-summary">
            <div>
              <dt>{t('adminMember.status')}</dt>
              <dd>
                <span className={`status status--${detail.status}`}>{t(`status.${detail.status}`)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('adminMember.verification')}</dt>
              <dd>
                <VerificationBadge status={profile.verificationStatus} />
              </dd>
            </div>
            <div>
              <dt>{t('adminMember.memberType')}</dt>
              <dd>{t(`adminMembership.memberType.${profile.memberType}`)}</dd>
            </div>
            <div>
              <dt>{t('adminMember.joined')}</dt>
              <dd>
                <time dateTime={profile.joinedAt}>{formatDateTime(profile.joinedAt)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('adminMember.lastLogin')}</dt>
              <dd>{detail.lastLoginAt ? <time dateTime={detail.lastLoginAt}>{formatDateTime(detail.lastLoginAt)}</time> : t('adminMembers.never')}</dd>
            </div>
          </dl>
          {canChange ? (
            <div className="member-actions">
              <h3 className="visually-hidden">{t('adminMember.actionsTitle')}</h3>
              {!editing ? (
                <Button
                  ref={editRef}
                  variant="secondary"
                  onClick={() => {
                    setAnnouncement('');
                    setEditing(true);
                  }}
                >
                  {t('adminMember.edit')}
                </Button>
              ) : null}
              <MemberStatusActions id={profile.id} label={label} status={detail.status} onAnnounce={setAnnouncement} />
              <Button
                ref={eraseRef}
                variant="danger"
                onClick={() => {
                  setAnnouncement('');
                  setErasing(true);
                }}
              >
                {t('adminMember.erase')}
              </Button>
            </div>
          ) : null}
        </section>
        {editing ? (
          <EditMemberForm
            profile={profile}
            onSaved={() => {
              setEditing(false);
              setFocusTarget('edit');
              setAnnouncement(t('adminMember.saved', { name: label }));
            }}
            onCancel={() => {
              setEditing(false);
              setFocusTarget('edit');
            }}
          />
        ) : null}
        <MemberProfileSection detail={detail} name={label} />
        <EmploymentTable periods={profile.employment} />
        <ClaimsTable claims={detail.claims} />
        <ConsentsSection current={profile.consents} history={detail.consentHistory} />
        <InvitationsTable invitations={detail.invitations} />
        <MemberRecordsTable records={detail.records} />
      </div>
      {erasing ? (
        <EraseMemberDialog
          id={profile.id}
          label={label}
          onClose={() => {
            setErasing(false);
            setFocusTarget('erase');
          }}
          onErased={() => onErased(label)}
        />
      ) : null}
    </>
  );
}
