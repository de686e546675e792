import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportNarrative } from '@loa/contracts';
import { currentReportQueryOptions, saveNarrative, useSaveNarrative } from '../api/unit-reports';

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
  const queryClient = useQueryClient();
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

  // Leaving the page with a save pending: send it now rather than lose the text; and ask before
  // closing the tab while something is unsaved.
  const pending = useRef(false);
  pending.current = state === 'dirty';
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
      if (!pending.current) return;
      saveNarrative(reportId, normalised(latest.current))
        .then((report) =>
          queryClient.setQueryData(
            currentReportQueryOptions(report.period.id, report.unit.code).queryKey,
            report,
          ),
        )
        .catch(() => undefined);
    };
  }, [reportId, queryClient]);

  return { values, change, save, state, savedAt, error: mutation.error };
}
