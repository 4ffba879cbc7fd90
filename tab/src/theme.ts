import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { TabLayout, TabTheme } from './teams/teams-context';

const themes: Record<TabTheme, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** How much larger the type is on the meeting stage (read from across a room). */
export const STAGE_SCALE = 1.4;

function scaled(value: string, factor: number): string {
  const match = /^(\d+(?:\.\d+)?)px$/.exec(value);
  return match ? `${Math.round(Number(match[1]) * factor)}px` : value;
}

/**
 * The Fluent theme for a Teams theme and layout: on the meeting stage every font size and
 * line height is scaled up, so the whole page (tables included) reads at a distance.
 */
export function themeFor(theme: TabTheme, layout: TabLayout): Theme {
  const base = themes[theme];
  if (layout !== 'stage') return base;
  const entries = Object.entries(base).map(([key, value]) =>
    typeof value === 'string' && /^(fontSize|lineHeight)/.test(key)
      ? [key, scaled(value, STAGE_SCALE)]
      : [key, value],
  );
  return Object.fromEntries(entries) as Theme;
}
