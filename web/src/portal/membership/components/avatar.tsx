import { initials } from '../names';

export interface AvatarProps {
  firstName: string | null;
  lastName: string | null;
  photoUrl: string | null;
  /** The photo's alt text; initials are decoration beside a name that is shown anyway. */
  alt: string;
  size?: 'small' | 'large';
}

/** A member's photo, or their initials on a coloured disc when there is none. */
export function Avatar({ firstName, lastName, photoUrl, alt, size = 'small' }: AvatarProps) {
  const className = `avatar avatar--${size}`;
  if (photoUrl) return <img className={className} src={photoUrl} alt={alt} width={size === 'large' ? 160 : 64} height={size === 'large' ? 160 : 64} loading="lazy" />;
  return (
    <span className={`${className} avatar--initials`} aria-hidden="true">
      {initials(firstName, lastName)}
    </span>
  );
}
