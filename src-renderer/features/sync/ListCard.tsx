import { Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A bordered card listing rows in a striped table: a title, an optional intro, and a line saying
 * the list is empty once it is known to be (`rows` is undefined while still loading).
 */
export function ListCard<R>({
  title,
  intro,
  empty,
  testId,
  columns,
  rows,
  children,
}: {
  title: ReactNode;
  intro?: ReactNode;
  empty: ReactNode;
  testId: string;
  columns: readonly ReactNode[];
  rows: readonly R[] | undefined;
  children: (row: R) => ReactNode;
}) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {intro !== undefined && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {rows && rows.length === 0 ? (
          <Text size="sm">{empty}</Text>
        ) : (
          <ScrollArea>
            <Table striped data-testid={testId}>
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c, i) => (
                    <Table.Th key={i}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{rows?.map(children)}</Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Stack>
    </Paper>
  );
}
