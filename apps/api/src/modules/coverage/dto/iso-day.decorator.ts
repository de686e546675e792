import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';

/** A real calendar date written YYYY-MM-DD (2026-02-31 is refused). */
export const IsIsoDay = (): PropertyDecorator =>
  applyDecorators(IsDateString({ strict: true }), Matches(/^\d{4}-\d{2}-\d{2}$/));
