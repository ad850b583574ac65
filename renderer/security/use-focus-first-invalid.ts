import { useEffect, useRef } from 'react';

/**
 * After each refused submit (a new problems object), puts the worker on the first field to fix, in
 * the order the form shows them. An unchanged object (a re-render while typing) moves nothing.
 */
export function useFocusFirstInvalid(problems: object) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.values(problems).some((problem) => problem !== undefined)) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [problems]);
  return formRef;
}
