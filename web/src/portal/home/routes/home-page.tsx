import { useSession } from '../../../api/session';
import { Loading } from '../../../components/loading';
import { Dashboard } from '../components/dashboard';
import { Landing } from '../components/landing';

export function HomePage() {
  const session = useSession();
  if (session.isPending) return <Loading />;
  const user = session.data?.user;
  return user ? <Dashboard user={user} /> : <Landing />;
}
