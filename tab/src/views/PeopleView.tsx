import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  fetchPeople,
  type OrganisationPeople,
  type PeopleView as People,
} from '../api/people-client';
import { useApi } from '../api/use-api';
import { DataText } from '../components/DataText';
import { usePageStyles } from '../components/page-styles';
import { AuditList } from '../components/people/AuditList';
import { MemberForm } from '../components/people/MemberForm';
import { PersonList } from '../components/people/PersonList';
import { StandIns } from '../components/people/StandIns';
import { useMessages } from '../i18n/use-messages';
import { usePeopleMessages } from '../i18n/use-people-messages';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  h2: { ...typographyStyles.subtitle1, margin: 0 },
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  organisations: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  organisation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { padding: `${tokens.spacingVerticalXXXL} 0` },
  text: { ...typographyStyles.body1, margin: 0 },
});

/**
 * "Personer": for Samordning the member list by organisation (samordnare), Samordning and HR,
 * with "Lägg till person" from the directory, changes and removals, each organisation's
 * stand-ins and the change log. A samordnare sees her own organisation and names her stand-in;
 * anyone not registered is told whom to ask.
 */
export function PeopleView() {
  const styles = useStyles();
  const page = usePageStyles();
  const t = usePeopleMessages();
  const ids = useId();
  const { state, retry } = useApi(fetchPeople);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const [version, setVersion] = useState(0);
  const data = state.status === 'ready' ? state.data : null;

  const changed = (text: string) => {
    setNotice(text);
    setAdding(false);
    setVersion((v) => v + 1);
    retry();
  };

  return (
    <div className={page.page}>
      <div className={page.intro}>
        <h1 className={page.heading}>{t.heading}</h1>
        <p className={page.lead}>{t.lead}</p>
      </div>
      {state.status === 'loading' && (
        <Spinner className={styles.status} label={t.loading} labelPosition="below" />
      )}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>{t.loadError}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={retry}>{t.retry}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice !== '' && (
        <MessageBar intent="success" role="status" data-testid="people-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {data !== null && <Notices data={data} />}
      {data !== null && data.canManage && (
        <section className={styles.section} aria-labelledby={`${ids}-add`}>
          <h2 className={styles.h2} id={`${ids}-add`}>
            {t.addHeading}
          </h2>
          <div>
            <Button
              appearance={adding ? 'secondary' : 'primary'}
              aria-expanded={adding}
              onClick={() => setAdding((a) => !a)}
            >
              {adding ? t.addClose : t.addOpen}
            </Button>
          </div>
          {adding && (
            <MemberForm
              organisations={data.organisations}
              onCancel={() => setAdding(false)}
              onSaved={(name) => changed(t.saved(name))}
            />
          )}
        </section>
      )}
      {data !== null && data.organisations.length > 0 && (
        <section className={styles.section} aria-labelledby={`${ids}-orgs`}>
          <h2 className={styles.h2} id={`${ids}-orgs`}>
            {data.canManage ? t.organisationsHeading : t.ownOrganisationHeading}
          </h2>
          <ul className={styles.organisations}>
            {data.organisations.map((o) => (
              <Organisation key={o.id} organisation={o} data={data} onChanged={changed} />
            ))}
          </ul>
        </section>
      )}
      {data !== null && (
        <section className={styles.section} aria-labelledby={`${ids}-samordning`}>
          <h2 className={styles.h2} id={`${ids}-samordning`}>
            {t.samordningHeading}
          </h2>
          <PersonList
            people={data.samordning}
            organisations={data.organisations}
            canManage={data.canManage}
            onChanged={changed}
            testId="samordning-list"
          />
        </section>
      )}
      {data !== null && data.canManage && (
        <>
          <section className={styles.section} aria-labelledby={`${ids}-hr`}>
            <h2 className={styles.h2} id={`${ids}-hr`}>
              {t.hrHeading}
            </h2>
            <PersonList
              people={data.hr}
              organisations={data.organisations}
              canManage
              onChanged={changed}
              testId="hr-list"
            />
          </section>
          <section className={styles.section} aria-labelledby={`${ids}-log`}>
            <h2 className={styles.h2} id={`${ids}-log`}>
              {t.auditHeading}
            </h2>
            <AuditList organisations={data.organisations} version={version} />
          </section>
        </>
      )}
    </div>
  );
}

/** Who the reader is to "Personer": not registered (whom to ask), Samordning to record, a stand-in. */
function Notices({ data }: { data: People }) {
  const t = usePeopleMessages();
  const { notRegistered } = useMessages();
  const names = data.samordning.map((p) => p.name).join(', ');
  return (
    <>
      {!data.registered && !data.canManage && data.standingInFor.length === 0 && (
        <MessageBar intent="warning" data-testid="not-registered">
          <MessageBarBody>{notRegistered(names)}</MessageBarBody>
        </MessageBar>
      )}
      {!data.registered && data.canManage && (
        <MessageBar intent="info" data-testid="bootstrap">
          <MessageBarBody>{t.bootstrap}</MessageBarBody>
        </MessageBar>
      )}
      {data.standingInFor.map((s) => (
        <MessageBar key={s.id} intent="info" data-testid="standing-in">
          <MessageBarBody>
            <DataText>
              {t.standingIn(s.absentName, s.organisationName, t.period(t.day(s.from), t.day(s.to)))}
            </DataText>
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

function Organisation({
  organisation,
  data,
  onChanged,
}: {
  organisation: OrganisationPeople;
  data: People;
  onChanged: (notice: string) => void;
}) {
  const styles = useStyles();
  const t = usePeopleMessages();
  // Samordning names stand-ins for an organisation's samordnare; a samordnare her own.
  const canName = data.canManage
    ? organisation.samordnare.length > 0
    : data.ownOrganisationId === organisation.id;
  return (
    <li className={styles.organisation} data-testid="organisation">
      <h3 className={styles.h3}>
        <DataText>{organisation.name}</DataText>
      </h3>
      {organisation.samordnare.length === 0 ? (
        <p className={styles.text}>{t.noSamordnare}</p>
      ) : (
        <PersonList
          people={organisation.samordnare}
          organisations={data.organisations}
          canManage={data.canManage}
          onChanged={onChanged}
          testId="samordnare-list"
        />
      )}
      {(canName || organisation.standIns.length > 0) && (
        <StandIns
          organisation={organisation}
          canName={canName}
          forSelf={!data.canManage}
          today={data.today}
          onChanged={onChanged}
        />
      )}
    </li>
  );
}
