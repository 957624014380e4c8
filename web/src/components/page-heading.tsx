import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

let lastFocusedPath: string | null = null;

/** Whether a heading on this path should take focus: not on the first page load, then once per new path. */
function shouldFocus(pathname: string): boolean {
  if (lastFocusedPath === null) {
    lastFocusedPath = pathname;
    return false;
  }
  if (lastFocusedPath === pathname) return false;
  lastFocusedPath = pathname;
  return true;
}

export interface PageHeadingProps {
  /** The page's name: the h1 and the document title. */
  title: string;
  children?: ReactNode;
}

/**
 * The page's one h1. It sets the document title and, after a client-side navigation, takes focus so
 * screen readers announce the new page and keyboard users start from its top.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} | ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (shouldFocus(pathname)) ref.current?.focus();
  }, [pathname]);

  return (
    <h1 className="page-title" tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
