import { languages, type AdminJob, type ErrorDetail, type JobBody, type JobStatus, type JobType, type Language, type LocalizedText } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { describeFieldError } from '../../i18n/describe-error';
import type { Translate } from '../../i18n/translate';

/** The job editor's values, as the inputs hold them: empty strings for the optional ones. */
export interface JobFormValues {
  title: LocalizedText;
  description: LocalizedText;
  department: string;
  location: string;
  remote: boolean;
  type: JobType;
  opensOn: string;
  closesOn: string;
  status: JobStatus;
  applyUrl: string;
  /** Kept as it was; a new posting gets its author as the contact. */
  contactId: string | null;
}

export type JobTextField = 'title' | 'description';

/** The longest text each field takes, as the shared schema has it. */
export const jobLimits = { title: 160, description: 10_000, department: 120, location: 120, applyUrl: 500 } as const;

const noText = (): LocalizedText => ({ fi: '', sv: '', en: '' });

export const newJobValues = (today: string): JobFormValues => ({
  title: noText(),
  description: noText(),
  department: '',
  location: '',
  remote: false,
  type: 'full_time',
  opensOn: today,
  closesOn: '',
  status: 'draft',
  applyUrl: '',
  contactId: null,
});

export const jobFormValues = (job: AdminJob): JobFormValues => ({
  title: { ...job.title },
  description: { ...job.description },
  department: job.department,
  location: job.location,
  remote: job.remote,
  type: job.type,
  opensOn: job.opensOn,
  closesOn: job.closesOn ?? '',
  status: job.status,
  applyUrl: job.applyUrl ?? '',
  contactId: job.contact?.id ?? null,
});

export const jobBody = (values: JobFormValues): JobBody => ({
  title: { ...values.title },
  description: { ...values.description },
  department: values.department.trim(),
  location: values.location.trim(),
  remote: values.remote,
  type: values.type,
  opensOn: values.opensOn,
  closesOn: values.closesOn === '' ? null : values.closesOn,
  status: values.status,
  contactId: values.contactId,
  applyUrl: values.applyUrl.trim() === '' ? null : values.applyUrl.trim(),
});

const isLanguage = (value: string | undefined): value is Language => (languages as readonly (string | undefined)[]).includes(value);

/** The field a detail names, as the form knows it (`title.fi`, `description.sv`, `closesOn`). */
export function jobFieldName(path: string): string {
  const [field, language] = path.split('.');
  if ((field === 'title' || field === 'description') && isLanguage(language)) return `${field}.${language}`;
  return field ?? '';
}

function describeJobField(name: string, detail: ErrorDetail, t: Translate): string {
  if (name.startsWith('title.') && (detail.code === 'custom' || detail.code === 'required')) return t('adminJobs.error.titleRequired');
  if (name === 'closesOn' && detail.code === 'custom') return t('adminJobs.error.closesBeforeOpens');
  if (name === 'applyUrl') return t('adminJobs.error.applyUrl');
  if ((name === 'department' || name === 'location') && detail.code !== 'too_big') return t('adminJobs.error.required');
  if (detail.code === 'too_big') return t('validation.tooLong');
  return describeFieldError(detail, t);
}

/** The job form's message per field from a failed save. */
export function jobFieldErrors(error: unknown, t: Translate): Readonly<Record<string, string>> {
  if (!(error instanceof ApiError) || error.details.length === 0) return {};
  const result: Record<string, string> = {};
  for (const detail of error.details) {
    const name = jobFieldName(detail.path);
    if (name === '' || name in result) continue;
    result[name] = describeJobField(name, detail, t);
  }
  return result;
}

/** Today in Helsinki, where postings open and close, as YYYY-MM-DD. */
export const helsinkiToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
