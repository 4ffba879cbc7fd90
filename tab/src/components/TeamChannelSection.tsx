import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  chooseTeamChannel,
  fetchTeamChannel,
  type ChannelInfo,
  type TeamChannel,
} from '../api/team-channel-client';
import { useApi } from '../api/use-api';
import { formatDay, useMeetingsMessages } from '../i18n/use-meetings-messages';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0 },
  meta: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
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
  const t = useMeetingsMessages();
  const headingId = useId();
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
    <section className={styles.section} aria-labelledby={headingId} data-testid="team-channel">
      <h2 className={styles.h2} id={headingId}>
        {t.channelHeading}
      </h2>
      {state.status === 'loading' && current === null && (
        <Spinner size="small" label={t.channelLoading} labelPosition="after" />
      )}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.channelLoadError}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {current !== null && (
        <>
          {current.state === 'chosen' && current.channel !== null ? (
            <p className={styles.text} data-testid="team-channel-current">
              {t.channelCurrent(label(current.channel))}
            </p>
          ) : (
            <MessageBar intent="warning" data-testid="team-channel-waiting">
              <MessageBarBody>
                {current.state === 'none' ? t.channelNone : t.channelNotInstalled}
              </MessageBarBody>
            </MessageBar>
          )}
          {current.canChoose && current.chosenAt !== null && current.chosenAt !== undefined && (
            <p className={styles.meta}>
              {t.channelChosenBy(
                current.chosenByName ?? t.channelSomeone,
                formatDay(t.language, current.chosenAt),
              )}
            </p>
          )}
          {current.canChoose &&
            (candidates.length === 0 ? (
              <p className={styles.text}>{t.channelNoCandidates}</p>
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
            <MessageBar intent={notice.good ? 'success' : 'error'} role="status">
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}

const emptyInfo: ChannelInfo = { conversationId: '', team: null, channel: null, general: false };
