import { useMutation } from '@tanstack/react-query';
import { ZTestSendBody, ZTestSendResult, apiPaths, type TestSendBody } from '@alumni/shared';
import { request } from '../../../api/client';

/** Mails the saved newsletter to up to five addresses, or to the author when none is given; members get nothing. */
export const sendTest = ({ id, body }: { id: string; body: TestSendBody }) =>
  request(apiPaths.adminNewsletterTestSend(id), { method: 'POST', body, bodySchema: ZTestSendBody, schema: ZTestSendResult });

export const useSendTest = () => useMutation({ mutationFn: sendTest });
