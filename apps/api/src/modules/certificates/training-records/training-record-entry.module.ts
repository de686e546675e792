import { Module } from '@nestjs/common';
import { TrainingRecordEntryController } from './training-record-entry.controller';
import { TrainingRecordEntryService } from './training-record-entry.service';
import { TrainingRecordsImportService } from './training-records-import.service';

/** One external training at a time, with its evidence file. */
@Module({
  controllers: [TrainingRecordEntryController],
  providers: [TrainingRecordEntryService, TrainingRecordsImportService],
})
export class TrainingRecordEntryModule {}
