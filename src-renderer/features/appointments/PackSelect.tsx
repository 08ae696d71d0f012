import { Group, Select, type SelectProps } from '@mantine/core';
import { UnverifiedBadge } from '../../components/UnverifiedBadge';

export interface PackOption {
  id: string;
  label: { kk: string; ru: string };
  verified: boolean;
  note?: string | undefined;
}

/**
 * A select over pack items: an item not yet checked against the official text carries the
 * "unverified" mark in the list and, once chosen, under the field.
 */
export function PackSelect({
  items,
  lang,
  value,
  extra = [],
  ...rest
}: Omit<SelectProps, 'data'> & {
  items: readonly PackOption[];
  lang: 'kk' | 'ru';
  value: string;
  /** Options before the pack's items (e.g. "none"). */
  extra?: { value: string; label: string }[];
}) {
  const chosen = items.find((i) => i.id === value);
  return (
    <Select
      {...rest}
      value={value}
      data={[...extra, ...items.map((i) => ({ value: i.id, label: i.label[lang] }))]}
      renderOption={({ option }) => {
        const item = items.find((i) => i.id === option.value);
        return (
          <Group gap={6} wrap="nowrap">
            <span>{option.label}</span>
            {item && !item.verified && <UnverifiedBadge note={item.note} />}
          </Group>
        );
      }}
      description={
        chosen && !chosen.verified ? <UnverifiedBadge note={chosen.note} /> : rest.description
      }
    />
  );
}
