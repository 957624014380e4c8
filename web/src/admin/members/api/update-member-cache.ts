import type { QueryClient } from '@tanstack/react-query';
import type { MemberDetail } from '@alumni/shared';
import { membersQueryKey } from './get-members';
import { memberQueryKey } from './get-member';

/** A change answered with the member's new detail: the page shows it at once, and the lists are read again. */
export async function storeMemberDetail(queryClient: QueryClient, detail: MemberDetail): Promise<void> {
  queryClient.setQueryData(memberQueryKey(detail.profile.id), detail);
  await queryClient.invalidateQueries({ queryKey: [...membersQueryKey, 'list'] });
}
