import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { removeMember, type PersonView, type Role } from '../../api/people-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { DataText } from '../DataText';
import { MemberForm } from './MemberForm';
import { usePeopleStyles } from './people-styles';
import { ProblemList, writeProblems } from './ProblemList';

const useStyles = makeStyles({
  name: { ...typographyStyles.body1Strong },
  roles: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  confirmTitle: { ...typographyStyles.body1Strong, margin: 0 },
});

/**
 * "Ta bort …?" in place, not a modal: what removal means, the focus on "Ta bort", and Escape or
 * "Avbryt" to go back (the focus returns to the row's button).
 */
function ConfirmRemoval({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const styles = { ...usePeopleStyles(), ...useStyles() };
  const t = usePeopleMessages();
  const titleId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className={styles.confirm}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p className={styles.confirmTitle} id={titleId}>
        {t.removeTitle(name)}
      </p>
      <p className={styles.text}>{t.removeText}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" ref={confirmRef} onClick={onConfirm}>
          {t.removeConfirm}
        </Button>
        <Button onClick={onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}

type Managed = PersonView & { userId: string };

/**
 * People in one part of the list (an organisation's samordnare, Samordning, HR): names and roles;
 * for Samordning "Ändra" (organisation and roles) and "Ta bort" after a confirmation.
 */
export function PersonList({
  people,
  view: { organisationChoices, canManage },
  onChanged,
  testId,
}: {
  people: readonly PersonView[];
  /** The organisations to choose among (those that exist today), and whether the reader may change people. */
  view: {
    organisationChoices: readonly { id: string; name: string }[];
    canManage: boolean;
  };
  onChanged: (notice: string) => void;
  testId: string;
}) {
  const styles = { ...usePeopleStyles(), ...useStyles() };
  const t = usePeopleMessages();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Managed | null>(null);
  const [problems, setProblems] = useState<string[]>([]);

  if (people.length === 0) return <p className={styles.text}>{t.nobody}</p>;
  const roleNames = (roles: readonly string[]) =>
    roles.map((r) => t.roles[r as Role] ?? r).join(', ');

  const removeButtons = useRef(new Map<string, HTMLElement>());
  const cancelRemoval = () => {
    const userId = removing?.userId;
    setRemoving(null);
    if (userId !== undefined) removeButtons.current.get(userId)?.focus();
  };

  const remove = async () => {
    if (removing === null) return;
    const result = await removeMember(removing.userId);
    const name = removing.name;
    setRemoving(null);
    if (result.kind === 'saved') {
      setProblems([]);
      onChanged(t.removed(name));
    } else {
      setProblems(writeProblems(t, result));
    }
  };

  return (
    <>
      <ProblemList problems={problems} />
      <ul className={styles.list} data-testid={testId}>
        {people.map((person) => {
          const managed = canManage && person.userId !== undefined ? (person as Managed) : null;
          return (
            <li key={person.userId ?? person.name}>
              <div className={styles.row}>
                <span className={styles.name}>
                  <DataText>{person.name}</DataText>
                </span>
                <span className={styles.roles}>{roleNames(person.roles)}</span>
                {managed !== null && (
                  <>
                    <Button
                      size="small"
                      aria-label={t.change(person.name)}
                      aria-expanded={editing === managed.userId}
                      onClick={() =>
                        setEditing((current) =>
                          current === managed.userId ? null : managed.userId,
                        )
                      }
                    >
                      {t.edit}
                    </Button>
                    <Button
                      size="small"
                      aria-label={t.remove(person.name)}
                      aria-expanded={removing?.userId === managed.userId}
                      ref={(element) => {
                        if (element === null) removeButtons.current.delete(managed.userId);
                        else removeButtons.current.set(managed.userId, element);
                      }}
                      onClick={() => setRemoving(managed)}
                    >
                      {t.removeButton}
                    </Button>
                  </>
                )}
              </div>
              {managed !== null && removing?.userId === managed.userId && (
                <ConfirmRemoval
                  name={managed.name}
                  onConfirm={() => void remove()}
                  onCancel={cancelRemoval}
                />
              )}
              {managed !== null && editing === managed.userId && (
                <MemberForm
                  person={managed}
                  organisations={organisationChoices}
                  onCancel={() => setEditing(null)}
                  onSaved={(name) => {
                    setEditing(null);
                    onChanged(t.saved(name));
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
