import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Why a form was not saved: a lead ("Det gick inte att spara:") and the problems, announced at once. */
export function ProblemsBar({
  lead,
  problems,
  testId,
}: {
  lead: string;
  problems: readonly string[];
  testId: string;
}) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar layout="multiline" intent="error" role="alert" data-testid={testId}>
      <MessageBarBody>
        {lead}
        <ul className={styles.list}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
