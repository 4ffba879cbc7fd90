import { Checkbox, Field, Input } from '@fluentui/react-components';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { createRound, fetchRounds } from '../../api/plan-period-client';
import { useApi } from '../../api/use-api';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { DialogueRows, DialogueSummary } from './DialogueRows';
import { failureNotice, SubmitWithNotice, type NoticeText } from './LiveNotice';
import { usePlanPeriodStyles } from './plan-period-styles';
import { RoundList } from './RoundList';
import { organisationsIn, useDialogueRows } from './use-dialogue-rows';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type FieldErrors = Partial<Record<'title' | 'from' | 'to', string>>;

/**
 * "Ny uppföljningsomgång" (Samordning): a name and a period, past dates allowed, in the plan
 * shown, optionally with a dialogue meeting per organisation that exists in the period
 * (decision 0033); the plan's rounds with their periods and dialogues below. The server checks
 * again and answers in Swedish, each dialogue's problem at its organisation's row; a refused
 * round stores nothing, not even its good dialogues. `onCreated` lets the view offer the new
 * round.
 */
export function RoundForm({
  plan,
  onCreated,
}: {
  plan: string | undefined;
  onCreated: () => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const request = useCallback((signal: AbortSignal) => fetchRounds(plan, signal), [plan]);
  const { state, retry } = useApi(request);
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [withDialogues, setWithDialogues] = useState(false);
  const rows = useDialogueRows();
  const periodChosen = DATE.test(from) && DATE.test(to) && from <= to;
  const offered =
    state.status === 'ready' && periodChosen
      ? organisationsIn(state.data.organisations, from, to)
      : [];
  const inputs = {
    title: useRef<HTMLInputElement>(null),
    from: useRef<HTMLInputElement>(null),
    to: useRef<HTMLInputElement>(null),
  };

  const validate = (): FieldErrors => {
    const found: FieldErrors = {};
    if (title.trim() === '') found.title = t.nameMissing;
    if (!DATE.test(from)) found.from = t.dateMissing;
    if (!DATE.test(to)) found.to = t.dateMissing;
    else if (DATE.test(from) && to < from) found.to = t.toBeforeFrom;
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setNotice(null);
    rows.clearProblems();
    const first = (['title', 'from', 'to'] as const).find((key) => found[key] !== undefined);
    if (first !== undefined) {
      inputs[first].current?.focus();
      return;
    }
    const { dialogues, problems } = withDialogues
      ? rows.collect(offered, t.dialogueIncomplete)
      : { dialogues: [], problems: {} };
    const incomplete = Object.values(problems).flat();
    if (incomplete.length > 0) {
      rows.refuse(t.dialoguesCheck, incomplete, problems);
      return;
    }
    setBusy(true);
    const result = await createRound(
      {
        title,
        from,
        to,
        ...(plan === undefined ? {} : { plan }),
        ...(dialogues.length === 0 ? {} : { dialogues }),
      },
      t.english,
    );
    setBusy(false);
    if (result.kind === 'refused') {
      const { message, lines, byOrganisation } = result.refusal;
      rows.refuse(message, lines, byOrganisation);
      return;
    }
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    const { round, outcome } = result.data;
    const booked = result.data.dialogues.length;
    const planTitle = state.status === 'ready' ? state.data.plan.title : '';
    setNotice({
      intent: 'success',
      text:
        (outcome === 'created'
          ? t.roundCreated(round.title, round.from, round.to, planTitle)
          : t.roundExists(round.title)) + (booked > 0 ? ` ${t.dialoguesBooked(booked)}` : ''),
    });
    setTitle('');
    setFrom('');
    setTo('');
    setWithDialogues(false);
    rows.reset();
    inputs.title.current?.focus();
    retry();
    onCreated();
  };

  return (
    <div className={styles.panel}>
      <p className={styles.text}>{t.roundLead}</p>
      <form className={styles.panel} onSubmit={(e) => void submit(e)} noValidate>
        <DialogueSummary rows={rows} testId="round-problems" />
        <Field
          label={t.roundName}
          hint={t.roundNameHint}
          className={styles.field}
          validationMessage={errors.title}
          required
        >
          <Input
            ref={inputs.title}
            value={title}
            maxLength={120}
            onChange={(_event, data) => setTitle(data.value)}
            data-testid="round-title"
          />
        </Field>
        <div className={styles.dates}>
          {(['from', 'to'] as const).map((key) => (
            <Field
              key={key}
              label={key === 'from' ? t.roundFrom : t.roundTo}
              className={styles.date}
              validationMessage={errors[key]}
              required
            >
              <Input
                ref={inputs[key]}
                type="date"
                value={key === 'from' ? from : to}
                onChange={(_event, data) => (key === 'from' ? setFrom : setTo)(data.value)}
                data-testid={`round-${key}`}
              />
            </Field>
          ))}
        </div>
        <Checkbox
          label={t.dialoguesToggle}
          checked={withDialogues}
          onChange={(_event, data) => {
            setWithDialogues(data.checked === true);
            // Unticked, the rows are not sent: their problems no longer apply.
            if (data.checked !== true) rows.clearProblems();
          }}
          data-testid="round-with-dialogues"
        />
        {withDialogues &&
          (periodChosen ? (
            <DialogueRows organisations={offered} rows={rows} testId="round-dialogue-rows" />
          ) : (
            <p className={styles.muted}>{t.dialoguesNeedPeriod}</p>
          ))}
        <SubmitWithNotice
          busy={busy}
          labels={[t.createRound, t.creatingRound]}
          notice={notice}
          testId="round-notice"
        />
      </form>
      {state.status === 'ready' && <RoundList data={state.data} plan={plan} onChanged={retry} />}
    </div>
  );
}
