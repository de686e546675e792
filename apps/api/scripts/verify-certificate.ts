/**
 * npm run verify-certificate -- <file.pdf | payload> [--keys <keys.json>] [--server <url>]
 *
 * Verifies a Loa certificate's Ed25519 signature OFFLINE against the department's public keys
 * (a JSON file as served by GET /api/certificates/keys; without --keys they are fetched from
 * --server), and with --server also asks the server for its current status. Prints the
 * certificate's content and VALID / INVALID in Vietnamese and English.
 * Exit code 0: valid; 1: invalid, expired, revoked or unknown; 2: wrong usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  checkPayload,
  PAYLOAD_INFO_KEY,
  PayloadProblem,
  PublishedKey,
} from '../src/modules/certificates/certificate-payload';
import { readPdfInfoString } from '../src/modules/certificates/pdf-info-reader';
import { todayInVietnam } from '../src/common/dates';

interface Options {
  input: string;
  keys?: string;
  server?: string;
}

const PROBLEMS: Record<PayloadProblem, string> = {
  malformed: 'Dữ liệu không đúng định dạng / The payload is malformed',
  unsupported_format:
    'Định dạng hoặc thuật toán không được hỗ trợ / Unsupported format or algorithm',
  unknown_key: 'Không có khóa công khai tương ứng / No matching public key',
  key_retired_before_issue:
    'Khóa ký đã bị thay trước ngày cấp / The key was retired before the issue date',
  bad_signature: 'Chữ ký không khớp: dữ liệu đã bị sửa hoặc giả mạo / The signature does not match',
};

function parseArgs(argv: string[]): Options | null {
  const options: Partial<Options> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keys') options.keys = argv[++i];
    else if (arg === '--server') options.server = argv[++i]?.replace(/\/+$/, '');
    else if (options.input === undefined) options.input = arg;
    else return null;
  }
  return options.input ? (options as Options) : null;
}

function readPayload(input: string): string | null {
  if (input.toLowerCase().endsWith('.pdf') || (existsSync(input) && !input.startsWith('LOA'))) {
    return readPdfInfoString(readFileSync(input), PAYLOAD_INFO_KEY);
  }
  return input;
}

async function loadKeys(options: Options): Promise<PublishedKey[]> {
  if (options.keys) return JSON.parse(readFileSync(options.keys, 'utf8')) as PublishedKey[];
  const response = await fetch(`${options.server}/api/certificates/keys`);
  if (!response.ok) throw new Error(`GET /api/certificates/keys: ${response.status}`);
  return (await response.json()) as PublishedKey[];
}

const fileDate = (iso: string | null): string =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : 'không thời hạn / none';

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!options || (!options.keys && !options.server)) {
    console.error(
      'Cách dùng / Usage: npm run verify-certificate -- <file.pdf | payload> [--keys keys.json] [--server URL]\n' +
        '(cần --keys hoặc --server / --keys or --server is required)',
    );
    return 2;
  }
  const payload = readPayload(options.input);
  if (!payload) {
    console.log(
      'KHÔNG HỢP LỆ / INVALID: không tìm thấy dữ liệu ký trong tệp / no signed payload in the file',
    );
    return 1;
  }
  const check = checkPayload(payload, await loadKeys(options));
  if (check.claims) {
    const c = check.claims;
    console.log(`Số hiệu / Number:            ${c.number}`);
    console.log(`Họ và tên / Holder:          ${c.holderName}`);
    console.log(`Ngày sinh / Date of birth:   ${fileDate(c.holderDateOfBirth)}`);
    console.log(`Chương trình / Programme:    ${c.programmeCode}`);
    console.log(`Ngày cấp / Issued:           ${fileDate(c.issuedOn)}`);
    console.log(`Có giá trị đến / Valid until: ${fileDate(c.expiresOn)}`);
  }
  let valid = check.valid;
  console.log(
    check.valid
      ? 'Chữ ký: HỢP LỆ (Ed25519, kiểm tra ngoại tuyến) / Signature: VALID (Ed25519, offline)'
      : `Chữ ký: KHÔNG HỢP LỆ / Signature: INVALID — ${PROBLEMS[check.problem]}`,
  );
  if (check.valid && check.claims.expiresOn && check.claims.expiresOn < todayInVietnam()) {
    console.log('Giấy chứng nhận đã hết hạn / The certificate has expired');
    valid = false;
  }
  if (options.server) {
    const response = await fetch(`${options.server}/api/certificates/verify-payload`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
      body: JSON.stringify({ payload }),
    });
    const answer = (await response.json()) as { status?: string; signatureValid?: boolean };
    console.log(`Máy chủ / Server: ${answer.status ?? response.status}`);
    if (answer.status !== 'valid' || answer.signatureValid !== true) valid = false;
  }
  console.log(
    valid ? 'KẾT QUẢ: HỢP LỆ / RESULT: VALID' : 'KẾT QUẢ: KHÔNG HỢP LỆ / RESULT: INVALID',
  );
  return valid ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Lỗi / Error: ${(error as Error).message}`);
    process.exit(1);
  },
);
