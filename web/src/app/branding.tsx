import { createContext, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZBranding, apiPaths, languages as allLanguages, offeredLanguage, type Branding, type Language } from '@alumni/shared';
import { request } from '../api/client';
import { useI18n } from '../i18n/i18n-provider';
import { applyBrandVariables, brandCssVariables } from './brand-colours';

export const brandingQueryKey = ['branding'] as const;

export const getBranding = (signal?: AbortSignal) => request(apiPaths.branding, { schema: ZBranding, signal });

/** Read once per visit: it changes only when an admin saves the settings, which refreshes it. */
export const brandingQueryOptions = () =>
  queryOptions({ queryKey: brandingQueryKey, queryFn: ({ signal }) => getBranding(signal), staleTime: Infinity, gcTime: Infinity });

export interface BrandingState {
  /** The organisation's name; the catalogue's own name until the settings have been read. */
  orgName: string;
  logoUrl: string | null;
  /** The languages the switcher offers; all of them until the settings have been read. */
  languages: readonly Language[];
}

const BrandingContext = createContext<BrandingState | null>(null);

/**
 * Reads the organisation's branding (no sign-in needed) and applies it: the brand colours on the
 * document root, and the UI language kept to the languages offered. While it loads, or if it cannot
 * be read, the pages show the platform's own name, colours and every language.
 */
export function BrandingProvider({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const query = useQuery(brandingQueryOptions());
  // Signing out clears the cached answers; the last branding read stays in force until it is read again.
  const last = useRef<Branding | null>(null);
  if (query.data) last.current = query.data;
  const branding = query.data ?? last.current;

  useEffect(() => {
    applyBrandVariables(document.documentElement.style, brandCssVariables(branding));
  }, [branding]);

  useEffect(() => {
    if (branding && !branding.languages.includes(language)) setLanguage(offeredLanguage(branding, language));
  }, [branding, language, setLanguage]);

  const value = useMemo<BrandingState>(
    () => ({
      orgName: branding?.orgName ?? t('app.name'),
      logoUrl: branding?.logoUrl ?? null,
      languages: branding?.languages.length ? branding.languages : allLanguages,
    }),
    [branding, t],
  );

  return <BrandingContext.Provider value={value}>{children}</BrandingContext.Provider>;
}

export function useBranding(): BrandingState {
  const value = useContext(BrandingContext);
  if (!value) throw new Error('useBranding must be used inside BrandingProvider');
  return value;
}
