import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2026-02-31 is refused). */
export const IsRealDate = (): PropertyDecorator =>
  applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/),
    IsISO8601({ strict: true, strictSeparator: true }),
  );

/** Text as people mean it: Unicode NFC, trimmed, inner runs of spaces as one. */
export const NormalizedText = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : value,
  );

/** Optional text where an empty string means "no value" (stored as null). */
export const EmptyAsNull = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && value.normalize('NFC').trim() === ''
      ? null
      : typeof value === 'string'
        ? value.normalize('NFC').replace(/\s+/g, ' ').trim()
        : value,
  );

/** Query-string booleans: 'true' / 'false'. */
export const BOOLEAN_STRINGS = ['true', 'false'] as const;
export type BooleanString = (typeof BOOLEAN_STRINGS)[number];
