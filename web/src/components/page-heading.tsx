import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useBranding } from '../app/branding';

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
  const { orgName } = useBranding();
  const { pathname } = useLocation();
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${title} | ${orgName}`;
  }, [title, orgName]);

  useEffect(() => {
    if (shouldFocus(pathname)) ref.current?.focus();
  }, [pathname]);

  return (
    <h1 className="page-title" tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
