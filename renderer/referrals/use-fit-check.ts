import { useEffect, useState } from 'react';
import type { DestinationInput, FitWarning } from '../../main/api/api-types';
import { useApi } from '../api/api-context';
import { useDebouncedValue } from '../components/use-debounced-value';

export interface FitCheck {
  warnings: readonly FitWarning[];
  /** The answer for the destination as it is now is not in yet. */
  checking: boolean;
}

interface Answer {
  key: string;
  source: DestinationInput['source'];
  warnings: readonly FitWarning[];
}

/**
 * Asks whether the chosen destination fits the client now, each time it changes, so the warnings
 * are on screen before the worker saves. A typed-in destination is asked about once typing stops.
 * A failed check shows nothing: the main process checks again on saving and says so at the field.
 */
export function useFitCheck(clientId: string, destination: DestinationInput | undefined): FitCheck {
  const api = useApi();
  const key = destination === undefined ? '' : JSON.stringify(destination);
  const settledKey = useDebouncedValue(key, destination?.source === 'free' ? 400 : 0);
  const [answer, setAnswer] = useState<Answer | undefined>();

  useEffect(() => {
    if (settledKey === '') return;
    const asked = JSON.parse(settledKey) as DestinationInput;
    let current = true;
    const settle = (warnings: readonly FitWarning[]) => {
      if (current) setAnswer({ key: settledKey, source: asked.source, warnings });
    };
    api.call('referrals.checkFit', { clientId, destination: asked }).then(settle, () => settle([]));
    return () => {
      current = false;
    };
  }, [api, clientId, settledKey]);

  if (destination === undefined) return { warnings: [], checking: false };
  const answered = answer?.key === key;
  // While a typed-in destination is being typed its last answer stays (no flicker per key); another
  // directory entry must not borrow the warnings of the one chosen before it.
  const stillTyping = destination.source === 'free' && answer?.source === 'free';
  return { warnings: answer !== undefined && (answered || stillTyping) ? answer.warnings : [], checking: !answered };
}
