/* eslint-disable @typescript-eslint/no-require-imports -- loading on first use is this file's job */

/**
 * Packages that only a few routes use (PDFs, Word and Excel files, QR codes, mail, lesson HTML),
 * loaded the first time one of them is needed instead of when the API starts: together they hold
 * tens of megabytes of code and tables that a process serving quizzes or rosters never touches
 * (docs/operations.md, memory). Node keeps a loaded module, so a later call costs a cache lookup.
 * Imports of their types stay where they are used (`import type` loads nothing).
 */
export const loadPdfKit = () => require('pdfkit') as typeof import('pdfkit');
export const loadFontkit = () => require('fontkit') as typeof import('fontkit');
export const loadQrCode = () => require('qrcode') as typeof import('qrcode');
export const loadDocx = () => require('docx') as typeof import('docx');
export const loadExcelJs = () => require('exceljs') as typeof import('exceljs');
export const loadNodemailer = () => require('nodemailer') as typeof import('nodemailer');
export const loadSanitizeHtml = () => require('sanitize-html') as typeof import('sanitize-html');
