import type { DirectoryCard } from '@alumni/shared';
import { useI18n } from '../../../i18n/i18n-provider';
import { countryName } from '../../membership/countries';

/** "Title at Employer" and "City, Country" as far as the member gave them; null when nothing was given. */
export function useMemberLines(card: Pick<DirectoryCard, 'currentTitle' | 'currentEmployer' | 'city' | 'country'>): {
  role: string | null;
  place: string | null;
} {
  const { t, locale } = useI18n();
  const role =
    card.currentTitle && card.currentEmployer
      ? t('directory.titleAt', { title: card.currentTitle, employer: card.currentEmployer })
      : (card.currentTitle ?? card.currentEmployer);
  const parts = [card.city, card.country ? countryName(card.country, locale) : null].filter((part): part is string => Boolean(part));
  return { role, place: parts.length > 0 ? parts.join(', ') : null };
}
