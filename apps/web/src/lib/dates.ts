import dayjs, { Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';

dayjs.extend(customParseFormat);

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's calendar date in Vietnam, as ISO YYYY-MM-DD, whatever the device's time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isIsoDate(value: string | null | undefined): value is string {
  return !!value && ISO_DATE.test(value) && dayjs(value, 'YYYY-MM-DD', true).isValid();
}

/** ISO YYYY-MM-DD → dd/mm/yyyy; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** A timestamp shown as dd/mm/yyyy HH:mm in Vietnam's time zone. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(timestamp));
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

/** For antd DatePicker values. */
export const toDayjs = (iso: string | null | undefined): Dayjs | null =>
  iso ? dayjs(iso, 'YYYY-MM-DD') : null;
export const fromDayjs = (value: Dayjs | null | undefined): string | null =>
  value ? value.format('YYYY-MM-DD') : null;

export function addDays(iso: string, days: number): string {
  return dayjs(iso, 'YYYY-MM-DD').add(days, 'day').format('YYYY-MM-DD');
}
