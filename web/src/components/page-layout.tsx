import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { useBranding } from '../app/branding';
import { useI18n } from '../i18n/i18n-provider';

export interface NavItem {
  to: string;
  label: string;
  /** Active only on this exact path (for home links). */
  end?: boolean;
}

export interface PageLayoutProps {
  navItems: readonly NavItem[];
  tools: ReactNode;
  children: ReactNode;
}

export const mainContentId = 'main-content';

/** Skip link, header with brand, main navigation and tools, the main landmark, and a footer. */
export function PageLayout({ navItems, tools, children }: PageLayoutProps) {
  const { t } = useI18n();
  const { orgName, logoUrl } = useBranding();
  return (
    <div className="app">
      <a className="skip-link" href={`#${mainContentId}`}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="brand" to="/">
            {logoUrl ? (
              <img className="brand__logo" src={logoUrl} alt={orgName} />
            ) : (
              <span className="brand__mark" aria-hidden="true">
                {orgName.trim().charAt(0).toUpperCase() || 'A'}
              </span>
            )}
            {/* With a logo its alt text names the link, so the name beside it is not read twice. */}
            <span className="brand__name" aria-hidden={logoUrl ? true : undefined}>
              {orgName}
            </span>
          </Link>
          <nav className="main-nav" aria-label={t('nav.main')}>
            <ul className="main-nav__list">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink className="main-nav__link" to={item.to} end={item.end ?? false}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">{tools}</div>
        </div>
      </header>
      <main className="site-main" id={mainContentId} tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            {orgName}. {t('app.footer')}
          </p>
        </div>
      </footer>
    </div>
  );
}
