import { describe, expect, it } from 'vitest';
import { ZTestSendBody } from '@alumni/shared';
import { ApiError } from '../../api/api-error';
import { validateBody } from '../../api/client';
import { en } from '../../i18n/en';
import { createTranslator } from '../../i18n/translate';
import { parseAddresses, testSendProblem } from './test-send';

const t = createTranslator(en);

function clientError(body: unknown): unknown {
  try {
    validateBody(ZTestSendBody, body);
    return null;
  } catch (error) {
    return error;
  }
}

describe('the test’s addresses', () => {
  it('are split on commas, semicolons and spaces, each once', () => {
    expect(parseAddresses(' hr@example.com, anna@example.com;ANNA@example.com\nbo@example.com ')).toEqual(['hr@example.com', 'anna@example.com', 'bo@example.com']);
    expect(parseAddresses('  ,  ')).toEqual([]);
  });

  it('name the address that is not one', () => {
    const addresses = parseAddresses('hr@example.com, anna.example.com');
    expect(testSendProblem(clientError({ to: addresses }), addresses, t)).toEqual({ field: 'anna.example.com is not an email address.', message: null });
  });

  it('are at most five', () => {
    const addresses = parseAddresses('a@x.fi b@x.fi c@x.fi d@x.fi e@x.fi f@x.fi');
    expect(testSendProblem(clientError({ to: addresses }), addresses, t)).toEqual({ field: 'Give at most 5 addresses.', message: null });
  });

  it('leave other refusals to one message', () => {
    expect(testSendProblem(new ApiError({ status: 404, code: 'not_found', message: 'x' }), [], t)).toEqual({ field: null, message: en['errors.notFound'] });
    expect(testSendProblem(null, [], t)).toEqual({ field: null, message: null });
  });
});
