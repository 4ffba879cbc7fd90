import {
  Button,
  Checkbox,
  Field,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  addMember,
  changeMember,
  type DirectoryUser,
  type PeopleWrite,
  type PersonView,
  type Role,
} from '../../api/people-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { Options } from '../FilterSelect';
import { organisationOptions } from '../filter-options';
import { PersonSearch } from './PersonSearch';
import { usePeopleStyles } from './people-styles';
import { ProblemList, writeProblems } from './ProblemList';

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `0 ${tokens.spacingHorizontalL}`,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0 },
});

const ROLES: readonly Role[] = ['samordnare', 'samordning', 'hr'];

/**
 * "Lägg till person" (a person found in the directory) or "Ändra" (organisation and roles of
 * someone in the list), for Samordning. Refused input stays with the server's reasons.
 */
export function MemberForm({
  person,
  organisations,
  onSaved,
  onCancel,
}: {
  /** The person to change; absent: add someone new. */
  person?: PersonView & { userId: string };
  organisations: readonly { id: string; name: string }[];
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const styles = { ...usePeopleStyles(), ...useStyles() };
  const t = usePeopleMessages();
  const [chosen, setChosen] = useState<DirectoryUser | null>(null);
  const [organisationId, setOrganisationId] = useState(person?.organisationId ?? '');
  const [roles, setRoles] = useState<Role[]>(
    (person?.roles as Role[] | undefined) ?? ['samordnare'],
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const name = person?.name ?? chosen?.displayName ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const userId = person?.userId ?? chosen?.id;
    if (userId === undefined) {
      setProblems([t.chooseFirst]);
      return;
    }
    setSaving(true);
    const input = { name, organisationId: organisationId === '' ? null : organisationId, roles };
    const result: PeopleWrite =
      person === undefined ? await addMember(userId, input) : await changeMember(userId, input);
    setSaving(false);
    if (result.kind === 'saved') onSaved(name);
    else setProblems(writeProblems(t, result));
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate data-testid="member-form">
      <h3 className={styles.heading}>
        {person === undefined ? t.addHeading : t.changeHeading(person.name)}
      </h3>
      <ProblemList problems={problems} />
      {person === undefined && (
        <PersonSearch label={t.searchLabel} name="person" onChoose={setChosen} />
      )}
      <Field label={t.organisation}>
        <Select
          name="organisation"
          value={organisationId}
          onChange={(_e, data) => setOrganisationId(data.value)}
        >
          <option value="">{t.noOrganisationChoice}</option>
          <Options options={organisationOptions(organisations)} />
        </Select>
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.rolesLegend}</legend>
        {ROLES.map((role) => (
          <Checkbox
            key={role}
            label={t.roles[role]}
            checked={roles.includes(role)}
            onChange={(_e, data) =>
              setRoles((current) =>
                data.checked === true ? [...current, role] : current.filter((r) => r !== role),
              )
            }
          />
        ))}
      </fieldset>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t.saving : t.save}
        </Button>
        <Button type="button" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
