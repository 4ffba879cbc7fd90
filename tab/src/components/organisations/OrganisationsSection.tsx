import { fetchOrganisations } from '../../api/organisations-client';
import { useApi } from '../../api/use-api';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { HeadedSection } from '../HeadedSection';
import { RequestStatus } from '../RequestStatus';
import { useSectionStyles } from '../section-styles';
import { OrganisationChangeForm } from './OrganisationChangeForm';
import { OrganisationTable } from './OrganisationTable';

/**
 * "Organisationer" in Personer (decision 0030): the organisations with their validity and former
 * names for the samordningsgrupp, and for Samordning "Ändra en organisation" (rename, merge,
 * split from a date). After a change the list is fetched again and `onChanged` lets the view
 * reload the people a merge moved.
 */
export function OrganisationsSection({ onChanged }: { onChanged: () => void }) {
  const section = useSectionStyles();
  const people = usePeopleMessages();
  const t = people.organisations;
  const { state, retry } = useApi(fetchOrganisations);
  const data = state.status === 'ready' ? state.data : null;
  return (
    <HeadedSection heading={t.heading} roomy testId="organisations">
      <p className={section.text}>{t.lead}</p>
      <RequestStatus
        state={state}
        retry={retry}
        texts={{ loading: t.loading, error: t.loadError, retry: people.retry }}
        look="small"
      />
      {data !== null && <OrganisationTable organisations={data.organisations} />}
      {data !== null && data.canChange && (
        <>
          <h3 className={section.h3}>{t.formHeading}</h3>
          <p className={section.text}>{t.formLead}</p>
          <OrganisationChangeForm
            organisations={data.organisations}
            onChanged={() => {
              retry();
              onChanged();
            }}
          />
        </>
      )}
    </HeadedSection>
  );
}
