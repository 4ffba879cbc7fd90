import { Combobox, Field, Option, makeStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { searchDirectory, type DirectoryUser } from '../../api/people-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { useVisuallyHiddenStyles } from '../visually-hidden';

const useStyles = makeStyles({
  field: { maxWidth: '480px', width: '100%' },
  combobox: { minWidth: 0, width: '100%' },
});

/** Waits this long after the last key before asking the directory (one request per pause). */
export const SEARCH_DEBOUNCE_MS = 300;

const contact = (user: DirectoryUser): string => user.mail ?? user.userPrincipalName;

/**
 * "Sök i katalogen": a combobox whose options are the directory's live answers (debounced);
 * the count of matches (or why there are none) is announced politely. Choosing an option hands
 * the person to `onChoose`; typing again clears the choice.
 */
export function PersonSearch({
  label,
  onChoose,
  name,
}: {
  label: string;
  onChoose: (user: DirectoryUser | null) => void;
  name: string;
}) {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = usePeopleMessages();
  const statusId = useId();
  const [query, setQuery] = useState('');
  const [users, setUsers] = useState<DirectoryUser[]>([]);
  const [status, setStatus] = useState('');
  // The list opens when the directory's answer arrives (typing alone has nothing to show yet).
  const [open, setOpen] = useState(false);
  /** The text a choice put in the box: no new search for it. */
  const chosenText = useRef<string | null>(null);

  useEffect(() => {
    const text = query.trim();
    if (query === chosenText.current) return;
    if (text.length < 2) {
      setUsers([]);
      setStatus('');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus(t.searching);
      searchDirectory(text, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return;
          if (result.kind === 'found') {
            setUsers(result.users);
            setOpen(result.users.length > 0);
            setStatus(result.users.length === 0 ? t.noMatches : t.matches(result.users.length));
          } else {
            setUsers([]);
            setStatus(
              result.kind === 'unavailable'
                ? t.language === 'en'
                  ? result.messageEn
                  : result.message
                : t.failed,
            );
          }
        },
        () => undefined,
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [query, t]);

  return (
    <Field label={label} hint={t.searchHint} className={styles.field}>
      <Combobox
        className={styles.combobox}
        freeform
        name={name}
        value={query}
        open={open}
        onOpenChange={(_event, data) => setOpen(data.open && users.length > 0)}
        aria-describedby={statusId}
        onInput={(event) => {
          chosenText.current = null;
          setQuery((event.target as HTMLInputElement).value);
          onChoose(null);
        }}
        onOptionSelect={(_event, data) => {
          const user = users.find((u) => u.id === data.optionValue);
          if (user === undefined) return;
          chosenText.current = user.displayName;
          setQuery(user.displayName);
          setOpen(false);
          setStatus(t.chosen(user.displayName));
          onChoose(user);
        }}
      >
        {users.map((user) => (
          <Option key={user.id} value={user.id} text={user.displayName}>
            {`${user.displayName} (${contact(user)})`}
          </Option>
        ))}
      </Combobox>
      <span id={statusId} className={hidden.root} role="status" aria-live="polite">
        {status}
      </span>
    </Field>
  );
}
