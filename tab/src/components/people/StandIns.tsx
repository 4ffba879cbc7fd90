import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  addStandIn,
  endStandIn,
  type DirectoryUser,
  type OrganisationPeople,
} from '../../api/people-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { DataText } from '../DataText';
import { PersonSearch } from './PersonSearch';
import { usePeopleStyles } from './people-styles';
import { ProblemList, writeProblems } from './ProblemList';

const useStyles = makeStyles({
  dates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/**
 * An organisation's stand-ins ("Ersättare"): current and upcoming ones, each with "Avsluta" for
 * those who may end it, and "Utse ersättare": Samordning for any of its samordnare, a samordnare
 * for herself (`forSelf`). Dates are local days, both included.
 */
export function StandIns({
  organisation,
  canName,
  forSelf,
  today,
  onChanged,
}: {
  organisation: OrganisationPeople;
  /** Whether the caller may name a stand-in here. */
  canName: boolean;
  /** A samordnare naming her own stand-in (no choice of who is away). */
  forSelf: boolean;
  today: string;
  onChanged: (notice: string) => void;
}) {
  const styles = { ...usePeopleStyles(), ...useStyles() };
  const t = usePeopleMessages();
  const [open, setOpen] = useState(false);
  const [absent, setAbsent] = useState(organisation.samordnare[0]?.userId ?? '');
  const [chosen, setChosen] = useState<DirectoryUser | null>(null);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const end = async (id: string) => {
    const result = await endStandIn(id);
    if (result.kind === 'saved') {
      setProblems([]);
      onChanged(t.standInEnded);
    } else setProblems(writeProblems(t, result));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) {
      setProblems([t.chooseFirst]);
      return;
    }
    setSaving(true);
    const result = await addStandIn({
      organisationId: organisation.id,
      ...(forSelf ? {} : { absentUserId: absent }),
      standInUserId: chosen.id,
      standInName: chosen.displayName,
      from,
      to,
    });
    setSaving(false);
    if (result.kind === 'saved') {
      setProblems([]);
      setOpen(false);
      setChosen(null);
      onChanged(t.standInSaved(chosen.displayName));
    } else setProblems(writeProblems(t, result));
  };

  return (
    <div data-testid="stand-ins" className={styles.block}>
      <h4 className={styles.heading}>{t.standInsHeading}</h4>
      <ProblemList problems={problems} />
      {organisation.standIns.length === 0 ? (
        <p className={styles.text}>{t.noStandIns}</p>
      ) : (
        <ul className={styles.list}>
          {organisation.standIns.map((s) => (
            <li key={s.id} className={styles.row}>
              <span>
                <DataText>
                  {t.standInLine(s.standInName, s.absentName, t.period(t.day(s.from), t.day(s.to)))}
                </DataText>
              </span>
              <span className={styles.meta}>{s.active ? t.standInActive : t.standInUpcoming}</span>
              {s.canEnd && (
                <Button
                  size="small"
                  aria-label={t.endStandIn(s.standInName)}
                  onClick={() => void end(s.id)}
                >
                  {t.endButton}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canName && (
        <div>
          <Button aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? t.addClose : t.standInOpen}
          </Button>
        </div>
      )}
      {canName && open && (
        <form className={styles.form} onSubmit={submit} noValidate data-testid="stand-in-form">
          <h5 className={styles.heading}>{t.standInHeading}</h5>
          {!forSelf && (
            <Field label={t.absent}>
              <Select name="absent" value={absent} onChange={(_e, data) => setAbsent(data.value)}>
                {organisation.samordnare.map((p) => (
                  <option key={p.userId ?? p.name} value={p.userId ?? ''}>
                    {p.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <PersonSearch label={t.standInPerson} name="stand-in" onChoose={setChosen} />
          <div className={styles.dates}>
            <Field label={t.from} required>
              <Input type="date" name="from" value={from} onChange={(_e, d) => setFrom(d.value)} />
            </Field>
            <Field label={t.to} required>
              <Input type="date" name="to" value={to} onChange={(_e, d) => setTo(d.value)} />
            </Field>
          </div>
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" disabled={saving}>
              {saving ? t.saving : t.save}
            </Button>
            <Button type="button" onClick={() => setOpen(false)}>
              {t.cancel}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
