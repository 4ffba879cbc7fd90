import type { PeopleWrite } from '../../api/people-client';
import { usePeopleMessages, type PeopleTexts } from '../../i18n/use-people-messages';
import { ProblemsBar } from '../ProblemsBar';

/** What a refused or failed write says, in the reader's language. */
export function writeProblems(t: PeopleTexts, result: Exclude<PeopleWrite, { kind: 'saved' }>) {
  switch (result.kind) {
    case 'invalid':
      return result.problems.map((p) => (t.language === 'en' ? p.messageEn : p.message));
    case 'forbidden':
      return [t.forbidden];
    case 'not-found':
      return [t.notFound];
    case 'failed':
      return [t.failed];
  }
}

/** "Det gick inte att spara:" and why, announced at once (role=alert). */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  const { notSaved } = usePeopleMessages();
  return <ProblemsBar lead={notSaved} problems={problems} testId="people-problems" />;
}
