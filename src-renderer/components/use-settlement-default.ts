/**
 * Starts a new record's settlement from the advocate's most recent record of the same register
 * (settlement.ts `settlementOnOpen` says why, and why nothing otherwise). The latest record is
 * read once when the form opens; the answer is applied only if nothing has been chosen by then,
 * so a choice made while it was read is never overwritten.
 */
import { useEffect, useRef } from 'react';
import type { SettlementKind } from '../../src-shared/contracts/entities/consultation';
import { repos } from '../db';
import { settlementOnOpen, type SettlementValue } from './settlement';

export function useSettlementDefault({
  register,
  ownerId,
  isNew,
  current,
  apply,
}: {
  register: 'consultation' | 'appointment';
  ownerId: string;
  isNew: boolean;
  /** The form's value now (read when the answer comes, not when the form opened). */
  current: () => SettlementValue;
  apply: (value: SettlementKind) => void;
}): void {
  const form = useRef({ current, apply });
  useEffect(() => {
    form.current = { current, apply };
  });
  useEffect(() => {
    if (!isNew) return;
    let open = true;
    const repo = register === 'consultation' ? repos.consultations : repos.appointments;
    void repo.latestSettlement(ownerId).then((latest) => {
      if (!open) return;
      const { current: now, apply: set } = form.current;
      const value = settlementOnOpen(now(), true, latest);
      if (value && value !== now()) set(value);
    });
    return () => {
      open = false;
    };
  }, [register, ownerId, isNew]);
}
