import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { InvitableOrganisation } from '../../api/plan-period-client';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { ProblemsBar } from '../ProblemsBar';
import { useVisuallyHiddenStyles } from '../visually-hidden';
import { usePlanPeriodStyles } from './plan-period-styles';
import type { DialogueField, DialogueRowsState } from './use-dialogue-rows';

const useStyles = makeStyles({
  rows: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  field: { minWidth: 0, maxWidth: '100%' },
  link: { minWidth: 0, flexGrow: 1, flexBasis: '240px', maxWidth: '100%' },
  error: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
    overflowWrap: 'anywhere',
  },
  summary: {
    ':focus': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

const FIELDS: readonly { key: DialogueField; type: 'date' | 'time' | 'url' }[] = [
  { key: 'date', type: 'date' },
  { key: 'start', type: 'time' },
  { key: 'end', type: 'time' },
  { key: 'teamsLink', type: 'url' },
];

/**
 * Why the dialogue rows were not saved, at the top of the form: focused when it appears (see
 * `useDialogueRows`) and announced at once.
 */
export function DialogueSummary({ rows, testId }: { rows: DialogueRowsState; testId: string }) {
  const styles = useStyles();
  return (
    <div ref={rows.summaryRef} tabIndex={-1} className={styles.summary}>
      {rows.summary !== null && (
        <ProblemsBar lead={rows.summary.lead} problems={rows.summary.lines} testId={testId} />
      )}
    </div>
  );
}

/**
 * One row per organisation for its dialogue meeting: date, start, end and an optional Teams
 * link, each labelled with the organisation's name; its problems below it, linked to its
 * fields. An empty row is skipped. Everything wraps down to 320 px.
 */
export function DialogueRows({
  organisations,
  rows,
  testId,
}: {
  organisations: readonly InvitableOrganisation[];
  rows: DialogueRowsState;
  testId: string;
}) {
  const styles = useStyles();
  const shared = usePlanPeriodStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = usePlanPeriodMessages();
  const id = useId();
  const labels: Record<DialogueField, string> = {
    date: t.dialogueDate,
    start: t.dialogueStart,
    end: t.dialogueEnd,
    teamsLink: t.dialogueLink,
  };
  return (
    <fieldset className={shared.fieldset} data-testid={testId}>
      <legend className={shared.legend}>{t.dialoguesLegend}</legend>
      <p className={shared.text}>{t.dialoguesHint}</p>
      {organisations.length === 0 ? (
        <p className={shared.muted}>{t.dialoguesNoOrganisations}</p>
      ) : (
        <>
          <div className={shared.buttons}>
            <Button
              className={shared.button}
              onClick={() => rows.sameTime(organisations)}
              aria-describedby={`${id}-same`}
            >
              {t.sameTime}
            </Button>
            <span id={`${id}-same`} className={shared.muted}>
              {t.sameTimeHint}
            </span>
          </div>
          <ul className={styles.rows}>
            {organisations.map((o) => {
              const errors = rows.errors[o.id] ?? [];
              const errorId = `${id}-${o.id}-error`;
              const row = rows.row(o.id);
              return (
                <li key={o.id} data-testid={`dialogue-row-${o.id}`}>
                  <fieldset className={shared.fieldset}>
                    <legend className={shared.legend}>{o.name}</legend>
                    <div className={styles.fields}>
                      {FIELDS.map(({ key, type }) => (
                        <Field
                          key={key}
                          className={key === 'teamsLink' ? styles.link : styles.field}
                          label={
                            <>
                              {labels[key]}
                              <span className={hidden.root}> – {o.name}</span>
                            </>
                          }
                        >
                          <Input
                            type={type}
                            value={row[key]}
                            onChange={(_event, data) => rows.change(o.id, key, data.value)}
                            {...(errors.length > 0
                              ? { 'aria-invalid': true, 'aria-describedby': errorId }
                              : {})}
                            data-testid={`dialogue-${key}-${o.id}`}
                          />
                        </Field>
                      ))}
                    </div>
                    {errors.length > 0 && (
                      <ul id={errorId} className={styles.error} data-testid="dialogue-row-error">
                        {errors.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
