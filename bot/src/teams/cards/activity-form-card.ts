import type { Activity, ActivityDraft, CatalogEntry, Plan } from '../../domain/types';
import type { Language, Translate } from '../../i18n';
import template from './activity-form-card.json';
import savedTemplate from './activity-saved-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

export interface ActivityFormCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly plan: Plan;
  readonly organisationName: string;
  /** The activity to edit, or null for a new one. */
  readonly activity: Activity | null;
  /** One submission per card instance: a repeated click stores nothing twice. */
  readonly submissionId: string;
  /** Already-translated messages on why the activity was not saved. */
  readonly problems: readonly string[];
  /** What the user typed when a save was refused: shown instead of the stored values. */
  readonly draft?: ActivityFormValues;
}

export interface ActivitySavedCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly activity: Activity;
  readonly created: boolean;
  /** The open round, or null: offers "Rapportera status" and the list only when a round is open. */
  readonly roundId: string | null;
}

interface Choice {
  readonly title: string;
  readonly value: string;
}

/** The editable fields of an activity, as typed into the form. */
export type ActivityFormValues = ActivityDraft & Pick<Activity, 'goal' | 'strategyId'>;

/** Adaptive Card choices need a non-empty value: this one means "none". */
export const NO_CHOICE = 'ingen';

function entryChoices(entries: readonly CatalogEntry[], language: Language): Choice[] {
  return entries.map((entry) => ({
    title: language === 'en' ? entry.nameEn : entry.name,
    value: entry.id,
  }));
}

/**
 * "Ny aktivitet" / "Redigera aktivitet": the activity's fields as in the handlingsplan,
 * prefilled when editing. Input ids equal the fields of `saveActivityData` (verbs.ts);
 * multi-selects submit comma-separated ids. Pure.
 */
export function buildActivityFormCard(input: ActivityFormCardInput): AdaptiveCardJson {
  const { t, language, plan, activity } = input;
  const values = input.draft ?? activity;
  return renderCard(template, {
    heading: t(activity === null ? 'activityForm.newTitle' : 'activityForm.editTitle'),
    organisation: t('activityForm.organisation', { organisation: input.organisationName }),
    hasProblems: input.problems.length > 0,
    problemsHeading: t('activityForm.problems'),
    problems: input.problems.map((message) => ({ message })),
    values: {
      title: values?.title ?? '',
      description: values?.description ?? '',
      goal: values === null ? '' : String(values.goal),
      strategyId: values?.strategyId ?? NO_CHOICE,
      heading: values?.heading ?? '',
      partners: values?.partners.join(', ') ?? '',
      focusAreaIds: values?.focusAreaIds.join(',') ?? '',
      perspectiveIds: values?.perspectiveIds.join(',') ?? '',
      targetGroupIds: values?.targetGroupIds.join(',') ?? '',
      preventionLevel: values?.preventionLevel ?? NO_CHOICE,
      direction: values?.direction ?? '',
      owner: values?.owner ?? '',
      startDate: values?.startDate ?? '',
      endDate: values?.endDate ?? '',
    },
    choices: {
      goals: plan.goals.map((goal) => ({
        title: t('activityForm.goalChoice', { number: goal.number, title: goal.title }),
        value: String(goal.number),
      })),
      strategies: [
        { title: t('activityForm.noStrategy'), value: NO_CHOICE },
        ...plan.goals.flatMap((goal) =>
          goal.strategies.map((strategy) => ({
            title: t('activityForm.strategyChoice', { number: goal.number, text: strategy.text }),
            value: strategy.id,
          })),
        ),
      ],
      headings: entryChoices(plan.headings, language),
      focusAreas: entryChoices(plan.focusAreas, language),
      perspectives: entryChoices(plan.perspectives, language),
      targetGroups: entryChoices(plan.targetGroups, language),
      preventionLevels: [
        { title: t('activityForm.noPreventionLevel'), value: NO_CHOICE },
        ...entryChoices(plan.preventionLevels, language),
      ],
      directions: [
        { title: t('activityForm.direction.intern'), value: 'intern' },
        { title: t('activityForm.direction.malmobor'), value: 'malmobor' },
      ],
    },
    labels: {
      title: t('activityForm.title'),
      titleRequired: t('activityForm.titleRequired'),
      description: t('activityForm.description'),
      goal: t('activityForm.goal'),
      goalRequired: t('activityForm.goalRequired'),
      strategy: t('activityForm.strategy'),
      heading: t('activityForm.heading'),
      headingRequired: t('activityForm.headingRequired'),
      partners: t('activityForm.partners'),
      focusAreas: t('activityForm.focusAreas'),
      perspectives: t('activityForm.perspectives'),
      targetGroups: t('activityForm.targetGroups'),
      preventionLevel: t('activityForm.preventionLevel'),
      direction: t('activityForm.direction'),
      directionRequired: t('activityForm.directionRequired'),
      owner: t('activityForm.owner'),
      startDate: t('activityForm.startDate'),
      endDate: t('activityForm.endDate'),
      choose: t('activityForm.choose'),
      save: t('activityForm.save'),
      cancel: t('activityForm.cancel'),
    },
    activityId: activity?.id ?? '',
    version: activity?.version ?? 0,
    submissionId: input.submissionId,
  });
}

/** "Aktiviteten är sparad": the saved activity, with a shortcut to report on it. Pure. */
export function buildActivitySavedCard(input: ActivitySavedCardInput): AdaptiveCardJson {
  const { t, activity } = input;
  return renderCard(savedTemplate, {
    heading: t('activityForm.saved.title'),
    createdText: input.created ? t('activityForm.saved.created') : '',
    title: activity.title,
    goal: t('activityForm.saved.goal', { number: activity.goal }),
    activityId: activity.id,
    roundId: input.roundId ?? '',
    labels: {
      report: t('activityForm.saved.report'),
      backToList: t('status.backToList'),
      done: t('activityForm.saved.done'),
    },
  });
}
