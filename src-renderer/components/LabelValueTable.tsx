import { Table } from '@mantine/core';

/**
 * A record's fields as label/value lines (the register entry, the appointment's intake, the
 * head's read-only views): one look for every "what was recorded" table.
 */
export function LabelValueTable({
  rows,
  labelWidth = 200,
  testId,
}: {
  rows: readonly (readonly [string, string])[];
  labelWidth?: number;
  testId?: string;
}) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid={testId}>
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={labelWidth}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
