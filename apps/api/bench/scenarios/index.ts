import { nationalRollUpScenario } from './national-roll-up.scenario';
import { provinceCoverageApiScenario } from './province-coverage-api.scenario';
import { apiReadLoadScenario } from './api-read-load.scenario';
import { quizWritersScenario } from './quiz-writers.scenario';
import { certificatePdfsScenario } from './certificate-pdfs.scenario';
import { xlsxExportScenario } from './xlsx-export.scenario';
import { rosterImportScenario } from './roster-import.scenario';
import { publicVerificationScenario } from './public-verification.scenario';
import type { Scenario } from '../support/bench-types';

/** Every scenario of `npm run bench`, in the order of the report. */
export const SCENARIOS: Scenario[] = [
  nationalRollUpScenario,
  provinceCoverageApiScenario,
  apiReadLoadScenario,
  quizWritersScenario,
  certificatePdfsScenario,
  xlsxExportScenario,
  rosterImportScenario,
  publicVerificationScenario,
];
