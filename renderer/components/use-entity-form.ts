import { useEffect, useEffectEvent, useRef, useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../main/api/api-types';
import { toApiCallError, type ApiCallError } from '../api/api-client';

interface EntityFormOptions<Errors extends object, Ready extends { ok: true }, Saved> {
  /** Checks the values before anything is sent: what to send, or the problems to show. */
  check: () => Ready | { ok: false; errors: Errors };
  save: (ready: Ready) => Promise<Saved>;
  onSaved: (saved: Saved) => void;
  /** The main process's field problems, placed on this form's fields; empty when none fit. */
  placeIssues: (issues: readonly FieldIssue[], ready: Ready) => Errors;
  /** Moves focus to the first field to fix; by default the first control marked invalid in the form. */
  focusFirstInvalid?: (errors: Partial<Errors>) => void;
  /**
   * A form that stays on screen after a save (quick entry) is ready for the next one at once.
   * Others stay busy until their owner closes them or moves on, so a second Enter cannot save twice.
   */
  readyAfterSave?: boolean;
}

function hasProblems(errors: object): boolean {
  return Object.values(errors).some((problem) => problem !== undefined);
}

/**
 * Saving one record from a form, the same way everywhere: local checks first, one save at a time,
 * field problems from the main process next to their fields, and anything else (a conflict above
 * all: someone saved first, so the worker must reload rather than fix a field) as the form's failure.
 */
export function useEntityForm<Errors extends object, Ready extends { ok: true }, Saved>(options: EntityFormOptions<Errors, Ready, Saved>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Errors>>({});
  const [failure, setFailure] = useState<ApiCallError | undefined>();
  const [saving, setSaving] = useState(false);

  const focusFirstInvalid = useEffectEvent((problems: Partial<Errors>) => {
    if (options.focusFirstInvalid) options.focusFirstInvalid(problems);
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  // Each refused save sets a new errors object: put the worker on the first field to fix.
  useEffect(() => {
    if (hasProblems(errors)) focusFirstInvalid(errors);
  }, [errors]);

  const submit = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(undefined);
    const ready = options.check();
    if (!ready.ok) {
      setErrors(ready.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const saved = await options.save(ready);
      if (options.readyAfterSave) setSaving(false);
      options.onSaved(saved);
    } catch (caught) {
      const error = toApiCallError(caught);
      setSaving(false);
      const placed = options.placeIssues(error.issues, ready);
      if (error.code !== 'conflict' && hasProblems(placed)) setErrors(placed);
      else setFailure(error);
    }
  };

  return { formRef, errors, failure, saving, submit };
}
