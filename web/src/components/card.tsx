import type { ReactNode } from 'react';

export interface CardProps {
  title: string;
  headingLevel?: 2 | 3;
  badge?: string;
  children: ReactNode;
}

export function Card({ title, headingLevel = 2, badge, children }: CardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card">
      <Heading className="card__title">{title}</Heading>
      {badge ? <p className="badge">{badge}</p> : null}
      <div className="card__body">{children}</div>
    </section>
  );
}
