import { Button, Field, Input } from '@fluentui/react-components';
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { createRound, fetchRounds } from '../../api/plan-period-client';
import { useApi } from '../../api/use-api';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { failureNotice, LiveNotice, type NoticeText } from './LiveNotice';
import { usePlanPeriodStyles } from './plan-period-styles';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type FieldErrors = Partial<Record<'title' | 'from' | 'to', string>>;

/**
 * "Ny uppföljningsomgång" (Samordning): a name and a period, past dates allowed, in the plan
 * shown; the plan's rounds with their periods below. The server checks again and answers in
 * Swedish; a refused round stores nothing. `onCreated` lets the view offer the new round.
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
  const id = useId();
  const request = useCallback((signal: AbortSignal) => fetchRounds(plan, signal), [plan]);
  const { state, retry } = useApi(request);
  const [title, setTitle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);
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
    const first = (['title', 'from', 'to'] as const).find((key) => found[key] !== undefined);
    if (first !== undefined) {
      inputs[first].current?.focus();
      return;
    }
    setBusy(true);
    const result = await createRound(
      { title, from, to, ...(plan === undefined ? {} : { plan }) },
      t.english,
    );
    setBusy(false);
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    const { round, outcome } = result.data;
    const planTitle = state.status === 'ready' ? state.data.plan.title : '';
    setNotice({
      intent: 'success',
      text:
        outcome === 'created'
          ? t.roundCreated(round.title, round.from, round.to, planTitle)
          : t.roundExists(round.title),
    });
    setTitle('');
    setFrom('');
    setTo('');
    inputs.title.current?.focus();
    retry();
    onCreated();
  };

  return (
    <div className={styles.panel}>
      <p className={styles.text}>{t.roundLead}</p>
      <form className={styles.panel} onSubmit={(e) => void submit(e)} noValidate>
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
        <div className={styles.buttons}>
          <Button className={styles.button} appearance="primary" type="submit" disabled={busy}>
            {busy ? t.creatingRound : t.createRound}
          </Button>
        </div>
        <LiveNotice notice={notice} testId="round-notice" />
      </form>
      {state.status === 'ready' && (
        <section className={styles.panel} aria-labelledby={`${id}-rounds`}>
          <h3 id={`${id}-rounds`} className={styles.step}>
            {t.roundsHeading(state.data.plan.title)}
          </h3>
          {state.data.rounds.length === 0 ? (
            <p className={styles.muted}>{t.roundsEmpty}</p>
          ) : (
            <ul className={styles.list} data-testid="round-list">
              {state.data.rounds.map((r) => (
                <li key={r.id}>{t.roundPeriod(r.title, r.from, r.to)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
