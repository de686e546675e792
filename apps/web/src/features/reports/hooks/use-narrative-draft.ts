import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportNarrative } from '@loa/contracts';
import { useSaveNarrative } from '../api/unit-reports';

const AUTOSAVE_DELAY_MS = 2000;

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

const normalised = (narrative: ReportNarrative): ReportNarrative => ({
  done: narrative.done.normalize('NFC'),
  results: narrative.results.normalize('NFC'),
  difficulties: narrative.difficulties.normalize('NFC'),
  proposals: narrative.proposals.normalize('NFC'),
  signerTitle: narrative.signerTitle.normalize('NFC').trim(),
  signerName: narrative.signerName.normalize('NFC').trim(),
});

/**
 * The narrative being written: saved by the button or two seconds after the last keystroke,
 * with a state the page shows ("saved at …", "unsaved changes", "saving …").
 */
export function useNarrativeDraft(reportId: string, initial: ReportNarrative) {
  const [values, setValues] = useState<ReportNarrative>(initial);
  const [state, setState] = useState<SaveState>('saved');
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const mutation = useSaveNarrative(reportId);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latest = useRef(values);
  latest.current = values;

  const save = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    const sent = latest.current;
    setState('saving');
    try {
      await mutation.mutateAsync(normalised(sent));
      // Typing during the request leaves the newer text unsaved.
      setState(latest.current === sent ? 'saved' : 'dirty');
      setSavedAt(new Date());
      return true;
    } catch {
      setState('error');
      return false;
    }
  }, [mutation]);

  const change = useCallback(
    (next: ReportNarrative) => {
      setValues(next);
      setState('dirty');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  useEffect(() => () => clearTimeout(timer.current), []);

  return { values, change, save, state, savedAt, error: mutation.error };
}
