import type { Role } from '@loa/contracts';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  CertificateIssuerService,
  IssueRequest,
} from '../../src/modules/certificates/certificate-issuer.service';
import type { Certificate } from '../../src/modules/certificates/certificate.entity';
import type { TestApp } from '../create-test-app';
import { createAccount, loginAs } from '../factories/accounts.factory';
import { createAssignment, createPerson } from '../factories/people.factory';
import { unique } from '../factories/unique';

/** Issues one certificate through the real issuing service in its own transaction. */
export function issue(
  t: TestApp,
  request: Partial<IssueRequest> & Pick<IssueRequest, 'personId'>,
): Promise<Certificate> {
  const issuer = t.app.get(CertificateIssuerService);
  return t.dataSource.transaction((manager) =>
    issuer.issue(manager, {
      programmeCode: 'BDTT',
      issuedOn: '2026-03-15',
      source: 'loa',
      approval: 'approved',
      createdBy: null,
      result: 'Đạt',
      ...request,
    }),
  );
}

/** A person at `unitId` (a communication officer from 2020) with a learner login. */
export async function holderAt(
  t: TestApp,
  unitId: string,
  options: { fullName?: string; dateOfBirth?: string; roles?: Role[] } = {},
) {
  const person = await createPerson(t.dataSource, {
    fullName: options.fullName ?? 'Nguyễn Thị Hồng Nhung',
    dateOfBirth: options.dateOfBirth ?? '1990-05-17',
  });
  await createAssignment(t.dataSource, { personId: person.id, unitId, communicationOfficer: true });
  const account = await createAccount(
    t.dataSource,
    (options.roles ?? ['learner']).map((role) => ({ role, unitId })),
    { personId: person.id },
  );
  return { person, account, token: await loginAs(t, account) };
}

/** A programme of our own (so tests never change BDTT), with the given validity and window. */
export async function createProgramme(
  t: TestApp,
  options: {
    validityMonths?: number | null;
    renewalWindowMonths?: number | null;
    hours?: number;
  } = {},
): Promise<string> {
  const code = unique('CT');
  await t.dataSource.query(
    `INSERT INTO programmes (code, name, hours, validity_months, renewal_window_months)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      code,
      `Chương trình bồi dưỡng ${code}`,
      options.hours ?? 40,
      options.validityMonths === undefined ? 24 : options.validityMonths,
      options.renewalWindowMonths === undefined ? 3 : options.renewalWindowMonths,
    ],
  );
  return code;
}

export const encodedNumber = (number: string): string => encodeURIComponent(number);

/** The text of every page and the document information of a PDF, read by pdfjs-dist. */
export function extractPdf(pdf: Buffer): { text: string; info: Record<string, unknown> } {
  // pdfjs-dist is an ES module; Jest here runs CommonJS, so it runs in a child Node process.
  const script = `
    import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0 }).promise;
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      text += content.items.map((item) => item.str + (item.hasEOL ? '\\n' : '')).join('') + '\\n';
    }
    const { info } = await pdf.getMetadata();
    process.stdout.write(JSON.stringify({ text, info }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    input: pdf,
    cwd: join(__dirname, '..', '..'),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(result.stderr.toString());
  return JSON.parse(result.stdout.toString()) as { text: string; info: Record<string, unknown> };
}
