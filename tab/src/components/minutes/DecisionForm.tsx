import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import { postDecision, type AgendaItem } from '../../api/minutes-client';
import type { MinutesTexts } from '../../i18n/minutes-texts';
import { Options } from '../FilterSelect';
import { organisationOptions } from '../filter-options';

/** Samordning records a note and a decision or action for one agenda item. */
export function DecisionForm(props: {
  meetingId: string;
  item: AgendaItem;
  organisations: { id: string; name: string }[];
  t: MinutesTexts;
  english: boolean;
  onSaved: () => void;
}) {
  const { t, item } = props;
  const [note, setNote] = useState('');
  const [kind, setKind] = useState<'decision' | 'action'>('action');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState(item.organisationId ?? '');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const idPrefix = `beslut-${item.id.replace(/[^A-Za-z0-9-]/g, '-')}`;

  const submit = async () => {
    setBusy(true);
    const result = await postDecision(props.meetingId, {
      id: crypto.randomUUID(),
      agendaItemId: item.id,
      note,
      kind,
      what,
      organisationId: who === '' ? null : who,
      dueDate: due === '' ? null : due,
    });
    setBusy(false);
    if (result.kind === 'saved') {
      setNote('');
      setWhat('');
      setDue('');
      setErrors([]);
      props.onSaved();
    } else if (result.kind === 'invalid') {
      setErrors(result.messages.map((m) => (props.english ? m.messageEn : m.message)));
    } else setErrors([t.failed]);
  };

  return (
    <form
      aria-label={t.record(item.title)}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field label={t.note}>
        <Textarea id={`${idPrefix}-note`} value={note} onChange={(_, d) => setNote(d.value)} />
      </Field>
      <Field label={t.kind}>
        <RadioGroup
          layout="horizontal"
          value={kind}
          onChange={(_, d) => setKind(d.value === 'decision' ? 'decision' : 'action')}
        >
          <Radio value="action" label={t.action} />
          <Radio value="decision" label={t.decision} />
        </RadioGroup>
      </Field>
      <Field label={t.what}>
        <Input value={what} onChange={(_, d) => setWhat(d.value)} />
      </Field>
      <Field label={t.who}>
        <Select value={who} onChange={(_, d) => setWho(d.value)}>
          <option value="">{t.wholeGroup}</option>
          <Options options={organisationOptions(props.organisations)} />
        </Select>
      </Field>
      <Field label={t.due}>
        <Input type="date" value={due} onChange={(_, d) => setDue(d.value)} />
      </Field>
      {errors.length > 0 && (
        <ul role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <Button appearance="primary" type="submit" disabled={busy}>
        {t.recordButton}
      </Button>
    </form>
  );
}
