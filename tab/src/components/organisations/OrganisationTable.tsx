import type { ListedOrganisation } from '../../api/organisations-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { DataText } from '../DataText';
import { DataTable, type Column } from '../dashboard/DataTable';
import { ScrollRegion } from '../dashboard/ScrollRegion';
import { useTableStyles } from '../dashboard/table-styles';

/**
 * Every organisation, ended ones too, with its kind, the days it exists ("Sedan tidigare",
 * "Tills vidare" when open) and its former names with their last day. A table wider than the
 * side panel scrolls inside its own region; the page never scrolls sideways.
 */
export function OrganisationTable({
  organisations,
}: {
  organisations: readonly ListedOrganisation[];
}) {
  const table = useTableStyles();
  const people = usePeopleMessages();
  const t = people.organisations;
  const columns: Column[] = (['name', 'kind', 'validFrom', 'validTo', 'formerNames'] as const).map(
    (key) => ({ key, label: t.columns[key] }),
  );
  const day = (date: string | null, open: string) => (date === null ? open : people.day(date));
  const sorted = [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <ScrollRegion label={t.tableRegion}>
      <DataTable testId="organisation-table" caption={t.caption} columns={columns}>
        {sorted.map((o) => (
          <tr key={o.id} data-testid="organisation-row">
            <th scope="row" className={table.rowHeader}>
              <DataText>{o.name}</DataText>
            </th>
            <td className={table.td}>{t.kinds[o.kind] ?? o.kind}</td>
            <td className={table.td}>{day(o.validFrom, t.sinceBefore)}</td>
            <td className={table.td}>{day(o.validTo, t.untilFurther)}</td>
            <td className={table.td}>
              {o.formerNames.length === 0 ? (
                t.noFormerNames
              ) : (
                <DataText>
                  {o.formerNames.map((f) => t.formerName(f.name, people.day(f.until))).join(', ')}
                </DataText>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}
