import { Link } from 'react-router';
import type { User } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { Card } from '../../../components/card';
import { PageHeading } from '../../../components/page-heading';
import { sectionsFor } from '../../admin-sections';
import { MembershipOverview } from '../components/membership-overview';

export function AdminHomePage({ user }: { user: User }) {
  const { t } = useI18n();
  const allowed = sectionsFor(user.role);
  const sections = allowed.filter((section) => section.descriptionKey);
  // The overview reads the approval queue and the imports, so only those who may open them see it.
  const showsMembership = allowed.some((section) => section.key === 'approvals');
  return (
    <div className="page">
      <PageHeading title={t('admin.home.title')} />
      <p className="lead">
        {t('admin.home.intro', { name: user.firstName ?? user.email, role: t(`role.${user.role}`) })}
      </p>
      {showsMembership ? <MembershipOverview /> : null}
      {sections.length > 0 ? (
        <section>
          <h2>{t('admin.home.sectionsTitle')}</h2>
          <div className="card-grid">
            {sections.map((section) => (
              <Card key={section.key} title={t(section.labelKey)} headingLevel={3}>
                {section.descriptionKey ? <p>{t(section.descriptionKey)}</p> : null}
                <p>
                  <Link to={section.path}>{t('admin.home.open', { section: t(section.labelKey) })}</Link>
                </p>
              </Card>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
