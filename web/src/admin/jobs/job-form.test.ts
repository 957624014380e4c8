import { describe, expect, it } from 'vitest';
import { ZJobBody, type AdminJob } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { jobBody, jobFieldErrors, jobFieldName, jobFormValues, newJobValues } from './job-form';

const t = createTranslator(en);

const job: AdminJob = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
  title: { fi: 'Ohjelmistokehittäjä', sv: '', en: 'Software developer' },
  description: { fi: 'Tule **takaisin**.', sv: '', en: 'Come back.' },
  department: 'R&D',
  location: 'Espoo',
  remote: true,
  type: 'full_time',
  opensOn: '2026-03-01',
  closesOn: null,
  status: 'published',
  contact: { id: '7f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', name: 'Riikka', email: 'riikka@example.com' },
  applyUrl: null,
  counts: { interests: 2, referrals: 1, shareVisits: 9 },
  createdAt: '2026-02-28T09:00:00.000+02:00',
  updatedAt: '2026-03-01T09:00:00.000+02:00',
};

function clientError(body: unknown): unknown {
  try {
    validateBody(ZJobBody, body);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the job form', () => {
  it('gives back what was saved, which the shared schema accepts', () => {
    const body = jobBody(jobFormValues(job));
    expect(body).toMatchObject({ title: job.title, department: 'R&D', closesOn: null, applyUrl: null, contactId: job.contact?.id, status: 'published' });
    expect(ZJobBody.safeParse(body).success).toBe(true);
  });

  it('keeps language in the text fields’ error paths', () => {
    expect(jobFieldName('description.sv')).toBe('description.sv');
    expect(jobFieldName('closesOn')).toBe('closesOn');
  });

  it('asks for a title, a department and a place', () => {
    const errors = jobFieldErrors(clientError(jobBody(newJobValues('2026-03-01'))), t);
    expect(errors['title.fi']).toBe(en['adminJobs.error.titleRequired']);
    expect(errors.department).toBe(en['adminJobs.error.required']);
    expect(errors.location).toBe(en['adminJobs.error.required']);
  });

  it('refuses a closing day before the opening day and a bad apply link', () => {
    const values = { ...jobFormValues(job), closesOn: '2026-02-01', applyUrl: 'ftp://x' };
    const errors = jobFieldErrors(clientError(jobBody(values)), t);
    expect(errors.closesOn).toBe(en['adminJobs.error.closesBeforeOpens']);
    expect(errors.applyUrl).toBe(en['adminJobs.error.applyUrl']);
  });

  it('reads the server’s answer the same way', () => {
    const error = new ApiError({ status: 400, code: 'validation_failed', message: 'x', details: [{ path: 'applyUrl', message: 'Invalid', code: 'invalid_format' }] });
    expect(jobFieldErrors(error, t)).toEqual({ applyUrl: en['adminJobs.error.applyUrl'] });
  });
});
