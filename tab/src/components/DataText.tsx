import type { ReactNode } from 'react';
import { useHost } from '../teams/teams-context';

/**
 * Text that comes from the plan's data, which is written in Swedish. When the interface is
 * in another language, marks it `lang="sv"` so screen readers pronounce it correctly.
 */
export function DataText({ children }: { children: ReactNode }) {
  const { language } = useHost();
  return language === 'sv' ? <>{children}</> : <span lang="sv">{children}</span>;
}
