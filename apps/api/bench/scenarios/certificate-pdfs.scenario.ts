import type { Scenario } from '../support/bench-types';

export const certificatePdfsScenario: Scenario = {
  id: 'certificate-pdfs',
  title: 'Certificate PDFs',
  goal: '≥ 100 per second per core',
  floor: 'many pages in one pdfkit document',
  run() {
    return Promise.reject(new Error('not measured yet'));
  },
};
