import { useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../api/query-client';
import { I18nProvider } from '../i18n/i18n-provider';
import { BrandingProvider } from './branding';

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <BrandingProvider>{children}</BrandingProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
