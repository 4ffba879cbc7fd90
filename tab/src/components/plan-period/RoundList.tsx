import { Badge, Button } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import {
  addDialogues,
  type InvitableOrganisation,
  type ListedRound,
  type RoundList as Rounds,
} from '../../api/plan-period-client';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { DisclosureButton } from '../DisclosureButton';
import { DialogueRows, DialogueSummary } from './DialogueRows';
import { failureNotice, LiveNotice, type NoticeText } from './LiveNotice';
import { usePlanPeriodStyles } from './plan-period-styles';
import { organisationsIn, useDialogueRows } from './use-dialogue-rows';

/**
 * The plan's rounds with their periods and each follow-up round's dialogue meetings (date,
 * time, organisation, "Inställt" when cancelled); Samordning adds dialogues to a follow-up
 * round in the same rows as "Ny uppföljningsomgång".
 */
export function RoundList({
  data,
  plan,
  onChanged,
}: {
  data: Rounds;
  plan: string | undefined;
  onChanged: () => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const id = useId();
  return (
    <section className={styles.panel} aria-labelledby={`${id}-rounds`}>
      <h3 id={`${id}-rounds`} className={styles.step}>
        {t.roundsHeading(data.plan.title)}
      </h3>
      {data.rounds.length === 0 ? (
        <p className={styles.muted}>{t.roundsEmpty}</p>
      ) : (
        <ul className={styles.list} data-testid="round-list">
          {data.rounds.map((r) => (
            <li key={r.id} data-round-id={r.id}>
              <span id={`${id}-${r.id}`}>{t.roundPeriod(r.title, r.from, r.to)}</span>
              {r.dialogues.length > 0 && (
                <ul
                  className={styles.list}
                  aria-label={t.roundDialogues(r.title)}
                  data-testid="round-dialogues"
                >
                  {r.dialogues.map((d) => (
                    <li key={d.id}>
                      {t.dialogueLine(d.date, d.start, d.end, d.organisation.name)}
                      {d.status === 'cancelled' && (
                        <>
                          {' '}
                          <Badge appearance="outline" color="danger">
                            {t.dialogueCancelled}
                          </Badge>
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {data.canCreate && r.kind === 'uppfoljning' && (
                <AddDialogues
                  round={r}
                  describedBy={`${id}-${r.id}`}
                  organisations={data.organisations}
                  plan={plan}
                  onSaved={onChanged}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Lägg till dialogmöten" for one follow-up round: the organisations without one yet. */
function AddDialogues({
  round,
  describedBy,
  organisations,
  plan,
  onSaved,
}: {
  round: ListedRound;
  /** The round's line, which tells one round's button from the next. */
  describedBy: string;
  organisations: readonly InvitableOrganisation[];
  plan: string | undefined;
  onSaved: () => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const rows = useDialogueRows();
  const booked = new Set(
    round.dialogues.filter((d) => d.status === 'planned').map((d) => d.organisation.id),
  );
  const offered = organisationsIn(organisations, round.from, round.to).filter(
    (o) => !booked.has(o.id),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const { dialogues, problems } = rows.collect(offered, t.dialogueIncomplete);
    const lines = Object.values(problems).flat();
    if (lines.length > 0 || dialogues.length === 0) {
      rows.refuse(t.dialoguesCheck, lines.length > 0 ? lines : [t.dialoguesNoneFilled], problems);
      return;
    }
    rows.clearProblems();
    setBusy(true);
    const result = await addDialogues(
      round.id,
      { dialogues, ...(plan === undefined ? {} : { plan }) },
      t.english,
    );
    setBusy(false);
    if (result.kind === 'refused') {
      const { message, lines: refused, byOrganisation } = result.refusal;
      rows.refuse(message, refused, byOrganisation);
      return;
    }
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    rows.reset();
    setNotice({ intent: 'success', text: t.dialoguesAdded(result.data.created, dialogues.length) });
    onSaved();
  };

  return (
    <div className={styles.panel}>
      <div>
        <DisclosureButton
          open={open}
          onToggle={setOpen}
          labels={[t.addDialogues, t.closeAddDialogues]}
          controls={formId}
          describedBy={describedBy}
          testId={`add-dialogues-${round.id}`}
        />
      </div>
      {open && (
        <form
          id={formId}
          className={styles.panel}
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={`${t.addDialogues}: ${round.title}`}
        >
          <DialogueSummary rows={rows} testId="add-dialogues-problems" />
          <DialogueRows organisations={offered} rows={rows} testId="add-dialogue-rows" />
          <div className={styles.buttons}>
            <Button className={styles.button} appearance="primary" type="submit" disabled={busy}>
              {busy ? t.savingDialogues : t.saveDialogues}
            </Button>
          </div>
        </form>
      )}
      <LiveNotice notice={notice} testId="add-dialogues-notice" />
    </div>
  );
}
