import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTableStyles } from './table-styles';

/** One column header of a data table: its text, right-aligned figures, an extra class. */
export interface Column {
  readonly key: string;
  readonly label: ReactNode;
  readonly numeric?: boolean;
  readonly className?: string;
}

/** The column headers of a data table, each `scope="col"`, in the table look. */
export function ColumnHeaders({ columns }: { columns: readonly Column[] }) {
  const table = useTableStyles();
  return (
    <tr>
      {columns.map((column) => (
        <th
          key={column.key}
          scope="col"
          className={mergeClasses(
            table.th,
            column.numeric === true && table.numeric,
            column.className,
          )}
        >
          {column.label}
        </th>
      ))}
    </tr>
  );
}

/**
 * A data table in the dashboard's look: caption (`strongCaption` for a table among siblings),
 * column headers and the rows (`children`).
 */
export function DataTable({
  testId,
  caption,
  columns,
  children,
  strongCaption = false,
}: {
  testId: string;
  caption: ReactNode;
  columns: readonly Column[];
  children: ReactNode;
  strongCaption?: boolean;
}) {
  const table = useTableStyles();
  return (
    <table className={table.table} data-testid={testId}>
      <caption className={mergeClasses(table.caption, strongCaption && table.strong)}>
        {caption}
      </caption>
      <thead>
        <ColumnHeaders columns={columns} />
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
