import { describe, expect, it } from 'vitest';
import { ZNewsletterBody, ZNewsletterPreviewBody, type NewsletterBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { newsletterFieldErrors, newsletterFieldName, placeholderProblem, previewProblems } from './newsletter-errors';
import { newNewsletterValues, newsletterBody } from './newsletter-form';

const t = createTranslator(en);

/** The error the client's own check raises before a request is sent. */
function clientError(schema: typeof ZNewsletterBody | typeof ZNewsletterPreviewBody, body: unknown): unknown {
  try {
    validateBody(schema, body);
    return null;
  } catch (error) {
    return error;
  }
}

const filled = (overrides: Partial<NewsletterBody> = {}): NewsletterBody => ({
  ...newsletterBody(newNewsletterValues()),
  subject: { fi: 'Kevään kuulumiset', sv: '', en: '' },
  body: { fi: 'Hei {{first_name}}!', sv: '', en: '' },
  ...overrides,
});

const unknownInBody = 'Unknown placeholder {{foo}}. Use {{first_name}}, {{last_name}}, {{org_name}}.';

describe('the newsletter’s field names', () => {
  it('keep the newsletter’s own `body` field, and drop the preview’s `newsletter` wrapper', () => {
    expect(newsletterFieldName('body.fi')).toBe('body.fi');
    expect(newsletterFieldName('newsletter.body.fi')).toBe('body.fi');
    expect(newsletterFieldName('newsletter.subject.sv')).toBe('subject.sv');
  });
});

describe('placeholders', () => {
  it('names the unknown ones and lists those that work', () => {
    expect(placeholderProblem('Hei {{ foo }} ja {{org_name}} ja {{bar}}{{foo}}', t)).toBe(
      'Unknown placeholder {{foo}}, {{bar}}. Use {{first_name}}, {{last_name}}, {{org_name}}.',
    );
    expect(placeholderProblem('Hei {{first_name}} {{ last_name }}', t)).toBeNull();
  });
});

describe('the editor’s field errors on save', () => {
  it('says what the default language is missing', () => {
    const body = filled({ subject: { fi: '', sv: 'Vårens nyheter', en: '' }, body: { fi: '', sv: 'Text', en: '' } });
    expect(newsletterFieldErrors(clientError(ZNewsletterBody, body), body, t)).toEqual({
      'subject.fi': 'Give the subject in the default language.',
      'body.fi': 'Write the text in the default language.',
    });
  });

  it('shows an unknown placeholder on the field and language it is in', () => {
    const body = filled({ body: { fi: 'Hei {{foo}}', sv: '', en: '' }, preheader: { fi: '', sv: '', en: 'Hi {{firstname}}' } });
    expect(newsletterFieldErrors(clientError(ZNewsletterBody, body), body, t)).toEqual({
      'body.fi': unknownInBody,
      'preheader.en': 'Unknown placeholder {{firstname}}. Use {{first_name}}, {{last_name}}, {{org_name}}.',
    });
  });

  it('reads the server’s answer the same way, its paths unprefixed', () => {
    const body = filled({ body: { fi: 'Hei {{foo}}', sv: '', en: '' } });
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'Invalid body',
      details: [
        { path: 'body.fi', message: 'Unknown placeholder {{foo}}', code: 'custom' },
        { path: 'blocks.newsIds', message: 'Too big', code: 'too_big' },
        { path: 'segmentId', message: 'Invalid UUID', code: 'invalid_format' },
      ],
    });
    expect(newsletterFieldErrors(error, body, t)).toEqual({
      'body.fi': unknownInBody,
      'blocks.newsIds': 'Pick at most 10 news posts.',
      segmentId: 'Choose an audience from the list.',
    });
  });

  it('reports a news post of the list on the list', () => {
    const body = filled();
    const error = new ApiError({ status: 400, code: 'validation_failed', message: 'x', details: [{ path: 'blocks.newsIds.1', message: 'Invalid UUID', code: 'invalid_format' }] });
    expect(newsletterFieldErrors(error, body, t)).toEqual({ 'blocks.newsIds': 'Pick only published news posts.' });
  });

  it('drops the message of a text changed since it was sent', () => {
    const sent = filled({ body: { fi: 'Hei {{foo}}', sv: '', en: '' } });
    const now = filled({ body: { fi: 'Hei {{first_name}}', sv: '', en: '' } });
    expect(newsletterFieldErrors(clientError(ZNewsletterBody, sent), sent, t, now)).toEqual({});
  });

  it('has nothing to say about a refusal that is not about fields', () => {
    expect(newsletterFieldErrors(new ApiError({ status: 409, code: 'conflict', message: 'Not a draft' }), filled(), t)).toEqual({});
    expect(newsletterFieldErrors(new Error('boom'), filled(), t)).toEqual({});
  });
});

describe('the live preview’s refusal', () => {
  it('marks an unknown placeholder at once, on the field it concerns', () => {
    const body = filled({ body: { fi: 'Hei {{foo}}', sv: '', en: '' } });
    expect(previewProblems(clientError(ZNewsletterPreviewBody, { newsletter: body, language: 'fi' }), body, t)).toEqual({
      fields: { 'body.fi': unknownInBody },
      missing: false,
    });
  });

  it('reads the server’s paths under `newsletter`', () => {
    const body = filled({ subject: { fi: 'Hei {{foo}}', sv: '', en: '' } });
    const error = new ApiError({
      status: 400,
      code: 'validation_failed',
      message: 'x',
      details: [{ path: 'newsletter.subject.fi', message: 'Unknown placeholder {{foo}}', code: 'custom' }],
    });
    expect(previewProblems(error, body, t).fields).toEqual({ 'subject.fi': unknownInBody });
  });

  it('does not scold a text still being written: it only says there is nothing to show yet', () => {
    const body = newsletterBody(newNewsletterValues());
    expect(previewProblems(clientError(ZNewsletterPreviewBody, { newsletter: body, language: 'fi' }), body, t)).toEqual({ fields: {}, missing: true });
  });

  it('ignores what is not a validation error', () => {
    expect(previewProblems(new ApiError({ status: 0, code: 'network_error', message: 'x' }), filled(), t)).toEqual({ fields: {}, missing: false });
  });
});
