import { useHost } from '../teams/teams-context';
import { dataEn } from './data-en';
import type { DataMessages } from './data-messages';
import { dataSv } from './data-sv';

/** The "Import och export" view's texts for the host's language (imported by the lazy view only). */
export function useDataMessages(): DataMessages {
  return useHost().language === 'en' ? dataEn : dataSv;
}
