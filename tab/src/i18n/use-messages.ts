import { useHost } from '../teams/teams-context';
import { messagesFor, type Messages } from './index';

/** The texts for the host's language. */
export function useMessages(): Messages {
  return messagesFor(useHost().language);
}
