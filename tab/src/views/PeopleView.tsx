import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  fetchPeople,
  type OrganisationPeople,
  type PeopleView as People,
} from '../api/people-client';
import { useApi } from '../api/use-api';
import { DataText } from '../components/DataText';
import { DisclosureButton } from '../components/DisclosureButton';
import { HeadedSection } from '../components/HeadedSection';
import { Notice, StatusNotice } from '../components/Notice';
import { PageIntro } from '../components/PageIntro';
import { RequestStatus } from '../components/RequestStatus';
import { useSectionStyles } from '../components/section-styles';
import { Page } from '../components/Page';
import { AuditList } from '../components/people/AuditList';
import { MemberForm } from '../components/people/MemberForm';
import { PersonList } from '../components/people/PersonList';
import { OrganisationsSection } from '../components/organisations/OrganisationsSection';
import { StandIns } from '../components/people/StandIns';
import { useMessages } from '../i18n/use-messages';
import { usePeopleMessages } from '../i18n/use-people-messages';
import { useStackStyles } from '../components/stack-styles';

const useStyles = makeStyles({
  organisation: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * "Personer": for Samordning the member list by organisation (samordnare), Samordning and HR,
 * with "Lägg till person" from the directory, changes and removals, each organisation's
 * stand-ins and the change log, and the organisations with their history (Samordning renames,
 * merges and splits them). A samordnare sees her own organisation and names her stand-in;
 * anyone not registered is told whom to ask.
 */
export function PeopleView() {
  const stack = useStackStyles();
  const t = usePeopleMessages();
  const { state, retry } = useApi(fetchPeople);
  const statusTexts = { loading: t.loading, error: t.loadError, retry: t.retry };
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const [version, setVersion] = useState(0);
  const data = state.status === 'ready' ? state.data : null;

  // The people and the log again (a merge moves samordnare, each move logged).
  const reload = () => {
    setVersion((v) => v + 1);
    retry();
  };
  const changed = (text: string) => {
    setNotice(text);
    setAdding(false);
    reload();
  };

  return (
    <Page>
      <PageIntro heading={t.heading} lead={t.lead} />
      <RequestStatus state={state} retry={retry} texts={statusTexts} />
      <StatusNotice text={notice} testId="people-notice" />
      {data !== null && <Notices data={data} />}
      {data !== null && data.canManage && (
        <HeadedSection heading={t.addHeading} roomy>
          <div>
            <DisclosureButton open={adding} onToggle={setAdding} labels={[t.addOpen, t.addClose]} />
          </div>
          {adding && (
            <MemberForm
              organisations={data.organisationChoices}
              onCancel={() => setAdding(false)}
              onSaved={(name) => changed(t.saved(name))}
            />
          )}
        </HeadedSection>
      )}
      {data !== null && data.organisations.length > 0 && (
        <HeadedSection
          heading={data.canManage ? t.organisationsHeading : t.ownOrganisationHeading}
          roomy
        >
          <ul className={stack.l}>
            {data.organisations.map((o) => (
              <Organisation key={o.id} organisation={o} data={data} onChanged={changed} />
            ))}
          </ul>
        </HeadedSection>
      )}
      {data !== null && (
        <HeadedSection heading={t.samordningHeading} roomy>
          <PersonList
            people={data.samordning}
            view={data}
            onChanged={changed}
            testId="samordning-list"
          />
        </HeadedSection>
      )}
      {data !== null && data.canManage && (
        <>
          <HeadedSection heading={t.hrHeading} roomy>
            <PersonList people={data.hr} view={data} onChanged={changed} testId="hr-list" />
          </HeadedSection>
          <HeadedSection heading={t.auditHeading} roomy>
            <AuditList organisations={data.organisationNames} version={version} />
          </HeadedSection>
        </>
      )}
      {/* The samordningsgrupp reads the organisations; Samordning changes them. */}
      {data !== null && (data.canManage || data.ownOrganisationId !== null) && (
        <OrganisationsSection onChanged={reload} />
      )}
    </Page>
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
        <Notice intent="warning" testId="not-registered">
          {notRegistered(names)}
        </Notice>
      )}
      {!data.registered && data.canManage && (
        <Notice intent="info" testId="bootstrap">
          {t.bootstrap}
        </Notice>
      )}
      {data.standingInFor.map((s) => (
        <Notice key={s.id} intent="info" testId="standing-in">
          <DataText>
            {t.standingIn(s.absentName, s.organisationName, t.period(t.day(s.from), t.day(s.to)))}
          </DataText>
        </Notice>
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
  const section = useSectionStyles();
  const t = usePeopleMessages();
  // Samordning names stand-ins for an organisation's samordnare; a samordnare her own.
  const canName = data.canManage
    ? organisation.samordnare.length > 0
    : data.ownOrganisationId === organisation.id;
  return (
    <li className={styles.organisation} data-testid="organisation">
      <h3 className={section.h3}>
        <DataText>{organisation.name}</DataText>
        {organisation.ended && <> ({t.organisationEnded})</>}
      </h3>
      {organisation.samordnare.length === 0 ? (
        <p className={section.text}>{t.noSamordnare}</p>
      ) : (
        <PersonList
          people={organisation.samordnare}
          view={data}
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
