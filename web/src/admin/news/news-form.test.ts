import { describe, expect, it } from 'vitest';
import { ZNewsPostBody, type NewsPost } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { newNewsValues, newsBody, newsFieldErrors, newsFieldName, newsFormValues } from './news-form';

const t = createTranslator(en);

const post: NewsPost = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5',
  title: { fi: 'Uusi toimitila', sv: '', en: 'New offices' },
  body: { fi: 'Muutamme **Keilaniemeen**.', sv: '', en: 'We move.' },
  status: 'published',
  publishedAt: '2026-03-01T09:00:00.000+02:00',
  createdAt: '2026-02-28T09:00:00.000+02:00',
  updatedAt: '2026-03-01T09:00:00.000+02:00',
};

function clientError(body: unknown): unknown {
  try {
    validateBody(ZNewsPostBody, body);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the news form', () => {
  it('starts a new post as a draft with no texts', () => {
    expect(newsBody(newNewsValues())).toEqual({ title: { fi: '', sv: '', en: '' }, body: { fi: '', sv: '', en: '' }, status: 'draft' });
  });

  it('gives back what was saved, which the shared schema accepts', () => {
    const body = newsBody(newsFormValues(post));
    expect(body).toEqual({ title: post.title, body: post.body, status: 'published' });
    expect(ZNewsPostBody.safeParse(body).success).toBe(true);
  });

  it('keeps the post’s own `body` field in error paths', () => {
    expect(newsFieldName('body.sv')).toBe('body.sv');
    expect(newsFieldName('title.fi')).toBe('title.fi');
    expect(newsFieldName('status')).toBe('status');
  });

  it('asks for a title in some language', () => {
    expect(newsFieldErrors(clientError(newsBody(newNewsValues())), t)).toEqual({ 'title.fi': 'Give the title in at least one language.' });
  });

  it('says which text is too long', () => {
    const values = { ...newsFormValues(post), body: { fi: 'x'.repeat(4001), sv: '', en: '' } };
    expect(newsFieldErrors(clientError(newsBody(values)), t)).toEqual({ 'body.fi': en['validation.tooLong'] });
  });

  it('reads the server’s answer the same way', () => {
    const error = new ApiError({ status: 400, code: 'validation_failed', message: 'x', details: [{ path: 'status', message: 'Invalid option', code: 'invalid_value' }] });
    expect(newsFieldErrors(error, t)).toEqual({ status: 'Choose draft or published.' });
  });
});
