import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ZEraseAccountBody, apiPaths, type EraseAccountBody } from '@alumni/shared';
import { request } from '../../../api/client';
import { useStoreSession } from '../../../api/session';
import { webPaths } from '../../../paths';

const [ZWithPassword, ZWithToken] = ZEraseAccountBody.options;

/** Checked against the one form of the body meant, so an empty password is named as the field to fill. */
export const eraseAccount = (body: EraseAccountBody) =>
  request(apiPaths.accountErase, { method: 'POST', body, bodySchema: 'password' in body ? ZWithPassword : ZWithToken });

/** What the goodbye page is told through the history entry, so it survives a reload. */
export interface ErasedState {
  erased: true;
}

export const isErasedState = (state: unknown): state is ErasedState =>
  typeof state === 'object' && state !== null && 'erased' in state && state.erased === true;

/**
 * Erases the account, then goes to the goodbye page before forgetting the session here, so the
 * signed-in page being left never flashes the sign-in form.
 */
export function useEraseAccount() {
  const storeSession = useStoreSession();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: eraseAccount,
    onSuccess: () =>
      Promise.resolve(
        navigate(webPaths.confirmErase, { replace: true, flushSync: true, state: { erased: true } satisfies ErasedState }),
      ).finally(() => storeSession(null)),
  });
}
