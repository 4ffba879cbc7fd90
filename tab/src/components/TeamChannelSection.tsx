import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import {
  chooseTeamChannel,
  fetchTeamChannel,
  type ChannelInfo,
  type TeamChannel,
} from '../api/team-channel-client';
import { useApi } from '../api/use-api';
import { HeadedSection } from './HeadedSection';
import { Notice } from './Notice';
import { LoadingSpinner, RetryBar } from './RequestStatus';
import { useSectionStyles } from './section-styles';
import { formatDay, useMeetingsMessages } from '../i18n/use-meetings-messages';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    '& .fui-Field': { minWidth: 0, width: '100%', maxWidth: '480px' },
  },
});

/**
 * "Kanal för sammanfattningar och meddelanden": where the day-before summary and HR's
 * announcements go. Everyone sees the channel (or why there is none); Samordning chooses among
 * the team channels Samordna is installed in. Installing the app never chooses a channel.
 */
export function TeamChannelSection({ onChosen }: { onChosen: () => void }) {
  const styles = useStyles();
  const section = useSectionStyles();
  const t = useMeetingsMessages();
  const { state, retry } = useApi(fetchTeamChannel);
  const [current, setCurrent] = useState<TeamChannel | null>(null);
  const [selected, setSelected] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; good: boolean } | null>(null);

  useEffect(() => {
    if (state.status !== 'ready') return;
    setCurrent(state.data);
    setSelected(
      state.data.channel?.conversationId ?? state.data.candidates?.[0]?.conversationId ?? '',
    );
  }, [state]);

  const label = (info: ChannelInfo): string => {
    const channel = info.channel ?? (info.general ? t.channelGeneral : null);
    if (channel !== null && info.team !== null) return t.channelLabel(channel, info.team);
    return channel ?? info.team ?? t.channelUnnamed;
  };

  const choose = async (event: FormEvent) => {
    event.preventDefault();
    if (selected === '') return;
    setBusy(true);
    const result = await chooseTeamChannel(selected);
    setBusy(false);
    if (result.kind === 'chosen') {
      setCurrent(result.teamChannel);
      setNotice({
        text: t.channelSaved(label(result.teamChannel.channel ?? emptyInfo)),
        good: true,
      });
      onChosen();
    } else {
      setNotice({ text: t.channelErrors[result.kind], good: false });
      if (result.kind === 'unknown-channel') retry();
    }
  };

  const candidates = current?.candidates ?? [];
  return (
    <HeadedSection heading={t.channelHeading} testId="team-channel">
      {state.status === 'loading' && current === null && (
        <LoadingSpinner label={t.channelLoading} look="small" />
      )}
      {state.status === 'error' && (
        <RetryBar message={t.channelLoadError} retryLabel={t.retry} onRetry={retry} />
      )}
      {current !== null && (
        <>
          {current.state === 'chosen' && current.channel !== null ? (
            <p className={section.text} data-testid="team-channel-current">
              {t.channelCurrent(label(current.channel))}
            </p>
          ) : (
            <Notice intent="warning" testId="team-channel-waiting">
              {current.state === 'none' ? t.channelNone : t.channelNotInstalled}
            </Notice>
          )}
          {current.canChoose && current.chosenAt !== null && current.chosenAt !== undefined && (
            <p className={section.meta}>
              {t.channelChosenBy(
                current.chosenByName ?? t.channelSomeone,
                formatDay(t.language, current.chosenAt),
              )}
            </p>
          )}
          {current.canChoose &&
            (candidates.length === 0 ? (
              <p className={section.text}>{t.channelNoCandidates}</p>
            ) : (
              <form className={styles.form} onSubmit={(event) => void choose(event)}>
                <Field label={t.channelSelect} hint={t.channelHint}>
                  <Select
                    name="conversationId"
                    value={selected}
                    onChange={(_event, data) => setSelected(data.value)}
                  >
                    {candidates.map((c) => (
                      <option key={c.conversationId} value={c.conversationId}>
                        {label(c)}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Button appearance="primary" type="submit" disabled={busy}>
                  {busy ? t.saving : t.channelUse}
                </Button>
              </form>
            ))}
          {notice !== null && (
            <Notice intent={notice.good ? 'success' : 'error'} role="status">
              {notice.text}
            </Notice>
          )}
        </>
      )}
    </HeadedSection>
  );
}

const emptyInfo: ChannelInfo = { conversationId: '', team: null, channel: null, general: false };
