import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ZodError } from 'zod';
import {
  dutyKinds,
  rosterMemberInputSchema,
  specialisations,
  type RosterMember,
  type RosterStatus,
} from '../../../src-shared/contracts/entities/duty-roster';
import { formatPhone } from '../../../src-shared/domain/phone/phone';
import { notify } from '../../app/notify';
import { repos } from '../../db';
import type { OfficeAdvocate } from '../../db/office-reads';
import { translateKey } from '../../i18n/message-key';
import { useTranslation, type MessageKey } from '../../i18n/translate';
import { AbsenceEditor } from './AbsenceEditor';
import {
  emptyRosterValues,
  rosterIssueFields,
  toRosterInput,
  valuesFromMember,
  type RosterFormValues,
} from './roster-form-values';

interface Props {
  /** null: a new member. */
  member: RosterMember | null;
  /** The head keeping the roster (the records' sync owner). */
  headId: string;
  /** The office's accounts this device knows (for the sync account field). */
  accounts: readonly OfficeAdvocate[];
  /** Account ids already linked to another member: one account, one member. */
  linkedElsewhere: ReadonlySet<string>;
  onClose: () => void;
}

/**
 * Adds or edits one roster member (Rules cl. 12–14, 23) in a modal. The form is validated with
 * the same schema the repository enforces; a save that fails leaves the modal open with
 * everything typed, since a head re-typing absences from paper applications loses real work.
 */
export function MemberForm({ member, headId, accounts, linkedElsewhere, onClose }: Props) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const translated = (fields: Record<string, string>) =>
    Object.fromEntries(Object.entries(fields).map(([f, key]) => [f, translateKey(t, key)]));
  const form = useForm<RosterFormValues>({
    mode: 'controlled',
    initialValues: member ? valuesFromMember(member) : emptyRosterValues(),
    validate: (values) => {
      const r = rosterMemberInputSchema.safeParse(toRosterInput(values));
      return r.success ? {} : translated(rosterIssueFields(r.error.issues));
    },
    validateInputOnBlur: true,
  });
  const v = form.values;

  const save = async (values: RosterFormValues, done: MessageKey) => {
    setSaving(true);
    try {
      const saved = await repos.roster.save(toRosterInput(values), headId, member?.id);
      notify('success', t(done, { name: saved.fullName }));
      onClose();
    } catch (error) {
      if (error instanceof ZodError) {
        form.setErrors(translated(rosterIssueFields(error.issues)));
      } else {
        console.error('roster member save failed', error);
        notify('error', t('duty.roster.form.saveFailed'));
      }
    } finally {
      setSaving(false);
    }
  };

  const submit = form.onSubmit((values) => save(values, 'duty.roster.form.saved'));

  /** "Mark as left" / "Return": a member is never deleted (old schedules name them). */
  const setStatus = (status: RosterStatus) => {
    if (form.validate().hasErrors) return;
    void save(
      { ...v, status },
      status === 'left' ? 'duty.roster.form.markedLeft' : 'duty.roster.form.returned',
    );
  };

  const accountOptions = accounts
    .filter((a) => !linkedElsewhere.has(a.id))
    .map((a) => ({ value: a.id, label: a.profile.fullName }));
  // A member linked to an account whose profile has not reached this device keeps the link.
  if (v.userId && !accountOptions.some((o) => o.value === v.userId))
    accountOptions.push({
      value: v.userId,
      label: t('duty.roster.form.accountUnknown', { id: v.userId }),
    });

  const pickAccount = (id: string | null) => {
    form.setFieldValue('userId', id ?? '');
    const p = accounts.find((a) => a.id === id)?.profile;
    // Only fills what is still empty: never overwrites what the head typed.
    if (!p) return;
    if (!v.fullName.trim()) form.setFieldValue('fullName', p.fullName);
    if (!v.phone.trim()) form.setFieldValue('phone', formatPhone(p.phone));
    if (!v.licenceNumber.trim()) form.setFieldValue('licenceNumber', p.licenceNumber);
  };

  const title = member
    ? t('duty.roster.form.editTitle', { name: member.fullName })
    : t('duty.roster.form.newTitle');

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      // Typed absences are lost if a stray click outside closed the form.
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={
        <Group gap="xs">
          <Text fw={600}>{title}</Text>
          {member && (
            <Badge
              color={member.status === 'left' ? 'gray.7' : 'teal.9'}
              variant="filled"
              tt="none"
            >
              {t(`duty.roster.statuses.${member.status}`)}
            </Badge>
          )}
        </Group>
      }
    >
      <form onSubmit={submit} noValidate aria-label={title} data-testid="duty-member-form">
        <Stack gap="md">
          <TextInput
            label={t('duty.roster.form.fullName')}
            description={t('duty.roster.form.fullNameHint')}
            withAsterisk
            data-autofocus
            {...form.getInputProps('fullName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('duty.roster.form.phone')}
              description={t('duty.roster.form.phoneHint')}
              withAsterisk
              type="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput
              label={t('duty.roster.form.licenceNumber')}
              {...form.getInputProps('licenceNumber')}
            />
            <Select
              label={t('duty.roster.form.account')}
              description={t('duty.roster.form.accountHint')}
              placeholder={t('duty.roster.form.accountNone')}
              clearable
              searchable
              data={accountOptions}
              value={v.userId || null}
              onChange={pickAccount}
              error={form.errors['userId']}
            />
            <TextInput
              label={t('duty.roster.form.territory')}
              description={t('duty.roster.form.territoryHint')}
              {...form.getInputProps('territory')}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('duty.roster.form.kinds')}
            description={t('duty.roster.form.kindsHint')}
            withAsterisk
            {...form.getInputProps('kinds')}
          >
            <Group mt="xs">
              {dutyKinds.map((k) => (
                <Checkbox key={k} value={k} label={t(`duty.kinds.${k}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('duty.roster.form.specialisations')}
            description={t('duty.roster.form.specialisationsHint')}
            {...form.getInputProps('specialisations')}
          >
            <Group mt="xs">
              {specialisations.map((s) => (
                <Checkbox key={s} value={s} label={t(`duty.roster.specialisations.${s}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Checkbox
            label={t('duty.roster.form.solo')}
            {...form.getInputProps('soloPractitioner', { type: 'checkbox' })}
          />
          <AbsenceEditor form={form} />
          <Textarea
            label={t('duty.roster.form.note')}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <Group justify="space-between" align="flex-end">
            {member ? (
              <Stack gap={4} maw={360}>
                <Group>
                  {member.status === 'active' ? (
                    <Button
                      variant="outline"
                      color="red"
                      onClick={() => setStatus('left')}
                      disabled={saving}
                    >
                      {t('duty.roster.form.markLeft')}
                    </Button>
                  ) : (
                    <Button variant="outline" onClick={() => setStatus('active')} disabled={saving}>
                      {t('duty.roster.form.returnActive')}
                    </Button>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('duty.roster.form.markLeftHint')}
                </Text>
              </Stack>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose} disabled={saving}>
                {t('duty.roster.form.cancel')}
              </Button>
              <Button type="submit" loading={saving}>
                {t('duty.roster.form.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
