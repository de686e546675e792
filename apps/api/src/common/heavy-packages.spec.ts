import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  loadDocx,
  loadExcelJs,
  loadFontkit,
  loadNodemailer,
  loadPdfKit,
  loadQrCode,
  loadSanitizeHtml,
} from './heavy-packages';

/** Packages the API loads on first use. */
const LAZY = ['pdfkit', 'fontkit', 'qrcode', 'docx', 'exceljs', 'nodemailer', 'sanitize-html'];

describe('heavy packages', () => {
  it('stay unloaded when the whole application module is imported', () => {
    // A fresh Node process, as the API starts: Jest's own module registry would not tell.
    const script = `require('reflect-metadata');
      require('./src/app.module');
      const files = Object.keys(require.cache);
      const loaded = ${JSON.stringify(LAZY)}.filter((name) =>
        files.some((file) => file.includes('/node_modules/' + name + '/')));
      process.stdout.write(JSON.stringify(loaded));`;
    const output = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: resolve(__dirname, '../..'),
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.json' },
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual([]);
  });

  it.each([
    ['pdfkit', () => typeof loadPdfKit()],
    ['fontkit', () => typeof loadFontkit().create],
    ['qrcode', () => typeof loadQrCode().create],
    ['docx', () => typeof loadDocx().Document],
    ['exceljs', () => typeof loadExcelJs().Workbook],
    ['nodemailer', () => typeof loadNodemailer().createTransport],
    ['sanitize-html', () => typeof loadSanitizeHtml()],
  ])('loads %s when asked', (_name, entry) => {
    expect(entry()).toBe('function');
  });
});
