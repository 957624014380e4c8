import { useI18n } from '../i18n/i18n-provider';
import { Button } from './button';

export interface UserMenuProps {
  name: string;
  onSignOut: () => void;
  busy?: boolean;
}

export function UserMenu({ name, onSignOut, busy = false }: UserMenuProps) {
  const { t } = useI18n();
  return (
    <div className="user-menu">
      <p className="user-menu__name">{t('user.signedInAs', { name })}</p>
      <Button variant="secondary" onClick={onSignOut} busy={busy}>
        {t('user.signOut')}
      </Button>
    </div>
  );
}
