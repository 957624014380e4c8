import type { MessageKey } from '../../i18n/en';

/** The reasons the server gives for a suggestion, and their labels. */
export const suggestionReasons = ['open_to_return', 'mode', 'department', 'skills', 'place'] as const;
export type SuggestionReason = (typeof suggestionReasons)[number];

const isKnown = (reason: string): reason is SuggestionReason => (suggestionReasons as readonly string[]).includes(reason);

/** The label's key of a reason; an unknown one has none and is shown as given. */
export const reasonKey = (reason: string): MessageKey | null => (isKnown(reason) ? `adminJobs.reason.${reason}` : null);
