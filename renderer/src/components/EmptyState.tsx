import type { ReactNode } from 'react';

/** Says what is missing and what to do about it; `children` are the actions. */
export function EmptyState({ title, hint, children, headingLevel = 2 }: { title: string; hint?: ReactNode; children?: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      {hint ? <p className="empty-state-hint">{hint}</p> : null}
      {children ? <div className="empty-state-actions">{children}</div> : null}
    </div>
  );
}
