import { Button, Field, Textarea } from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import {
  checkPlanText,
  MAX_REQUEST_BYTES,
  planTextTooLarge,
  importPlanText,
  type CheckedPlan,
  type PlanSummary,
  planPeriod as period,
} from '../../api/plan-period-client';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { failureNotice, LiveNotice, type NoticeText } from './LiveNotice';
import { usePlanPeriodStyles } from './plan-period-styles';
import { useStepFocus } from './use-step-focus';

const YAML_TYPES = '.yaml,.yml,text/yaml,application/yaml';

/**
 * Step 1: the plan file's text, pasted or read from a chosen file, checked on the server (every
 * problem with its line), then imported. Nothing is stored until "Läs in planen".
 */
export function PlanFileStep({
  focus,
  onImported,
}: {
  focus: boolean;
  onImported: (plan: PlanSummary, unchanged: boolean) => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const id = useId();
  const heading = useStepFocus(focus);
  const [text, setText] = useState('');
  const [checked, setChecked] = useState<CheckedPlan | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);

  const changeText = (value: string) => {
    setText(value);
    setChecked(null);
    setNotice(null);
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file === undefined) return;
    file.arrayBuffer().then(
      (bytes) => {
        try {
          changeText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          setNotice({ intent: 'error', text: t.fileUnreadable });
        }
      },
      () => setNotice({ intent: 'error', text: t.fileUnreadable }),
    );
  };

  /** Says so when the text is more than the tab API takes (nothing is sent then). */
  const tooLarge = (): boolean => {
    const bytes = planTextTooLarge(text);
    if (bytes === null) return false;
    const kb = (n: number) => Math.ceil(n / 1024);
    setNotice({ intent: 'error', text: t.tooLarge(kb(bytes), kb(MAX_REQUEST_BYTES)) });
    return true;
  };

  const check = async () => {
    if (text.trim() === '') {
      setNotice({ intent: 'error', text: t.noText });
      return;
    }
    if (tooLarge()) {
      setChecked(null);
      return;
    }
    setBusy('check');
    setNotice(null);
    const result = await checkPlanText(text, t.english);
    setBusy(null);
    if (result.kind !== 'ok') {
      setChecked(null);
      setNotice(failureNotice(result, t.failed));
      return;
    }
    const { plan, exists } = result.data;
    setChecked(plan);
    setNotice({
      intent: 'success',
      text: t.checked(plan.title, period(plan), plan.goals, plan.organisations),
      ...(exists ? { lines: [t.checkedExists] } : {}),
    });
  };

  const load = async () => {
    if (tooLarge()) return;
    setBusy('import');
    setNotice(null);
    const result = await importPlanText(text, t.english);
    setBusy(null);
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    onImported(result.data.plan, result.data.outcome === 'unchanged');
  };

  return (
    <section className={styles.panel} aria-labelledby={`${id}-step`} data-testid="plan-file-step">
      <h3 id={`${id}-step`} className={styles.step} ref={heading} tabIndex={-1}>
        {t.stepFile}
      </h3>
      <Field label={t.planFileText} hint={t.planFileHint} className={styles.field}>
        <Textarea
          className={styles.textarea}
          value={text}
          onChange={(_event, data) => changeText(data.value)}
          rows={8}
          resize="vertical"
          spellCheck={false}
          data-testid="plan-file-text"
        />
      </Field>
      <Field label={{ children: t.planFileChoose, htmlFor: `${id}-file` }} className={styles.field}>
        <input id={`${id}-file`} type="file" accept={YAML_TYPES} onChange={onFile} />
      </Field>
      <div className={styles.buttons}>
        <Button className={styles.button} onClick={() => void check()} disabled={busy !== null}>
          {busy === 'check' ? t.checking : t.check}
        </Button>
        {checked !== null && (
          <Button
            className={styles.button}
            appearance="primary"
            onClick={() => void load()}
            disabled={busy !== null}
          >
            {busy === 'import' ? t.importing : t.importPlan}
          </Button>
        )}
      </div>
      <LiveNotice notice={notice} testId="plan-file-notice" />
    </section>
  );
}
