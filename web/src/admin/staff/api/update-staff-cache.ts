import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { StaffPage, User } from '@alumni/shared';
import { staffQueryKey } from './get-staff';

/** Puts a changed user into every loaded staff page in place, so the row stays where it was. */
export function replaceStaffUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueriesData<InfiniteData<StaffPage>>({ queryKey: staffQueryKey }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((item) => (item.id === user.id ? user : item)),
          })),
        }
      : data,
  );
}
