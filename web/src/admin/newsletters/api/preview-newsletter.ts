import { queryOptions, useQuery } from '@tanstack/react-query';
import { ZNewsletterPreview, ZNewsletterPreviewBody, apiPaths, type Language, type NewsletterBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { newslettersQueryKey } from './get-newsletters';

/** The mail a member of the language would get, rendered by the same code that renders the sending. */
export const previewNewsletter = (newsletter: NewsletterBody, language: Language, signal?: AbortSignal) =>
  request(apiPaths.adminNewsletterPreview, {
    method: 'POST',
    body: { newsletter, language },
    bodySchema: ZNewsletterPreviewBody,
    schema: ZNewsletterPreview,
    signal,
  });

/**
 * A read, though sent as a POST (the whole text does not fit a query string). The shared schema checks
 * the text first, so an unknown placeholder is named on its field without a round trip.
 */
export const newsletterPreviewQueryOptions = (newsletter: NewsletterBody, language: Language) =>
  queryOptions({
    queryKey: [...newslettersQueryKey, 'preview', language, newsletter],
    queryFn: ({ signal }) => previewNewsletter(newsletter, language, signal),
    retry: false,
    staleTime: Infinity,
  });

export const useNewsletterPreview = (newsletter: NewsletterBody, language: Language) => useQuery(newsletterPreviewQueryOptions(newsletter, language));
