import { cpus, loadavg } from 'node:os';
import { PAYLOAD_INFO_KEY } from '../../src/modules/certificates/certificate-payload';
import {
  CertificateDocument,
  drawCertificate,
  finishDocument,
  newCertificateDocument,
  renderCertificatePdf,
} from '../../src/modules/certificates/certificate-pdf.renderer';
import { readPdfInfoString } from '../../src/modules/certificates/pdf-info-reader';
import { formatNumber, median, timeOnce } from '../support/bench-stats';
import type { BenchContext, Scenario, ScenarioResult } from '../support/bench-types';
import { benchCertificate } from './pdf/certificate-inputs';

const GOAL_PER_SECOND = 100;

/** Certificates `[first, first + count)` of the deterministic series, each one different. */
const batchOf = (first: number, count: number): CertificateDocument[] =>
  Array.from({ length: count }, (_, i) => benchCertificate(first + i));

/** Loa: one complete PDF per certificate, one after another, as the API and bulk download do. */
async function renderEach(certificates: CertificateDocument[]): Promise<Buffer[]> {
  const files: Buffer[] = [];
  for (const certificate of certificates) files.push(await renderCertificatePdf(certificate));
  return files;
}

/** The floor: the same page drawn `pages` times into one pdfkit document, by the same code. */
function renderPages(certificate: CertificateDocument, pages: number): Promise<Buffer> {
  const doc = newCertificateDocument({ Title: 'floor' });
  for (let page = 0; page < pages; page++) {
    if (page > 0) doc.addPage();
    drawCertificate(doc, certificate);
  }
  return finishDocument(doc);
}

/** Refuses to report a speed for PDFs that are not what the API would serve. */
function checkOutput(files: Buffer[], certificates: CertificateDocument[]): void {
  files.forEach((file, i) => {
    const payload = readPdfInfoString(file, PAYLOAD_INFO_KEY);
    if (file.subarray(0, 5).toString() !== '%PDF-' || payload !== certificates[i].payload) {
      throw new Error(`certificate ${certificates[i].number}: not a PDF with its payload`);
    }
  });
}

/** Why the goal was missed, and what would close the gap. */
function shortfall(perCpuSecond: number): string {
  const where =
    perCpuSecond >= GOAL_PER_SECOND
      ? `The renderer itself needs ${formatNumber(1000 / perCpuSecond)} ms of CPU a PDF ` +
        `(${formatNumber(perCpuSecond)}/s): the gap is time spent waiting for one of the ` +
        `${cpus().length} cores, which other work shared; on an otherwise idle core the rate would be close to that.`
      : `The renderer itself needs ${formatNumber(1000 / perCpuSecond)} ms of CPU a PDF.`;
  return (
    `Below ${GOAL_PER_SECOND}/s. ${where} What is left per PDF: deflating the page and the three ` +
    `font subsets (about a sixth), the QR code (Reed-Solomon, eight masks scored), pdfkit's ` +
    `per-document text encoding, and shaping words never seen before (numbers, dates).`
  );
}

async function measure(context: BenchContext): Promise<ScenarioResult> {
  const batch = context.smoke ? 20 : 300;
  const loadBefore = loadavg()[0];
  const loaMs: number[] = [];
  const floorMs: number[] = [];
  let bytes = 0;
  let cpuMicros = 0;
  // Warm-up batches first, then Loa and the floor alternate so both meet the same machine load.
  for (let run = 0; run < context.warmups + context.runs; run++) {
    const certificates = batchOf(run * batch, batch);
    let files: Buffer[] = [];
    const cpuBefore = process.cpuUsage();
    const loa = await timeOnce(async () => (files = await renderEach(certificates)));
    const cpu = process.cpuUsage(cpuBefore);
    checkOutput(files, certificates);
    const floor = await timeOnce(() => renderPages(certificates[0], batch));
    if (run < context.warmups) continue;
    loaMs.push(loa);
    floorMs.push(floor);
    cpuMicros += cpu.user + cpu.system;
    bytes += files.reduce((sum, file) => sum + file.length, 0);
  }
  const perSecond = (batch * 1000) / median(loaMs);
  const floorPerSecond = (batch * 1000) / median(floorMs);
  const perCpuSecond = (batch * context.runs * 1e6) / cpuMicros;
  const met = perSecond >= GOAL_PER_SECOND;
  const notes = [
    `${batch} different certificates per batch (Vietnamese names, units, signed payloads, QR), ` +
      `median of ${context.runs} batches after ${context.warmups} warm-up; one Node process, ` +
      `one thread, complete PDF Buffers per second of wall time.`,
    `${formatNumber(1000 / perSecond)} ms a PDF, ${formatNumber(bytes / 1024 / (batch * context.runs))} KiB on average; ` +
      `the floor ${formatNumber(1000 / floorPerSecond)} ms a page.`,
    `CPU time of the process (its GC threads too): ${formatNumber(perCpuSecond)} PDF per CPU-second ` +
      `(load average ${formatNumber(loadBefore)} before, ${formatNumber(loadavg()[0])} after, on ` +
      `${cpus().length} cores).`,
  ];
  if (!met) notes.push(shortfall(perCpuSecond));
  return {
    figure: { value: perSecond, unit: 'PDF/s' },
    floor: { value: floorPerSecond, unit: 'pages/s' },
    ratio: { value: perSecond / floorPerSecond, kind: 'share' },
    checks: [
      {
        goal: `≥ ${GOAL_PER_SECOND} PDF/s per core`,
        actual: `${formatNumber(perSecond)} PDF/s`,
        met,
      },
    ],
    notes,
  };
}

export const certificatePdfsScenario: Scenario = {
  id: 'certificate-pdfs',
  title: 'Certificate PDFs',
  goal: '≥ 100 per second per core',
  floor: 'many pages in one pdfkit document',
  run: measure,
};
