import { Route, Routes } from 'react-router';
import { MemberNotFound } from '../components/member-not-found';
import { MemberDetailPage } from './member-detail-page';
import { MembersPage } from './members-page';

/** The members section: the list at its root and one member's page below it (webPaths.adminMember). */
export function MembersRoutes() {
  return (
    <Routes>
      <Route index element={<MembersPage />} />
      <Route path=":id" element={<MemberDetailPage />} />
      <Route path="*" element={<MemberNotFound />} />
    </Routes>
  );
}
