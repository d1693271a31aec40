import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const CellTableFragment = graphql(`
  fragment CellTable_cell on ReportCell {
    key
    label
    value
    people
    suppressed
  }
`);

interface CellTableProps {
  cells: readonly FragmentType<typeof CellTableFragment>[];
  caption: string;
  groupHeading: string;
  valueHeading: string;
  /** A group's name in the reader's language. */
  groupLabel: (cell: { key: string; label: string }) => string;
  /** The figure, or "fewer than 3" when suppressed. */
  formatCell: (cell: { value?: number | null; suppressed: boolean }) => string;
  testId?: string;
}

/** A split figure as a two-column table: group, value. */
export function CellTable({ cells: refs, caption, groupHeading, valueHeading, groupLabel, formatCell, testId }: CellTableProps) {
  const cells = getFragmentData(CellTableFragment, refs);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupHeading}</th>
            <th scope="col" className="numeric">
              {valueHeading}
            </th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={cell.key}>
              <th scope="row">{groupLabel(cell)}</th>
              <td className={cell.suppressed ? 'numeric suppressed' : 'numeric'}>{formatCell(cell)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
