import { useHost } from '../teams/teams-context';
import { figuresEn } from './figures-en';
import type { FiguresMessages } from './figures-messages';
import { figuresSv } from './figures-sv';

/** The texts of what the figures count and their scope, in the host's language. */
export function useFiguresMessages(): FiguresMessages {
  return useHost().language === 'en' ? figuresEn : figuresSv;
}
