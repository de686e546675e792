import { OmitType } from '@nestjs/swagger';
import type { UpdateReportPeriodRequest } from '@loa/contracts';
import { CreateReportPeriodDto } from './create-report-period.dto';

/**
 * What may change once a period exists: its dates, title and the unit kinds that report — the
 * same rules as at creation; its kind, year and code stay as they were (refused as unknown).
 */
export class UpdateReportPeriodDto
  extends OmitType(CreateReportPeriodDto, ['kind', 'year', 'code'] as const)
  implements UpdateReportPeriodRequest {}
