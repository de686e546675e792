import { Module } from '@nestjs/common';
import { UnitChangesController } from './unit-changes.controller';
import { UnitChangesService } from './unit-changes.service';
import { UnitImportSnapshotQuery } from './unit-import-snapshot.query';
import { UnitTreeQuery } from './unit-tree.query';
import { UnitWriteAccess } from './unit-write-access';
import { UnitsImportController } from './units-import.controller';
import { UnitsImportService } from './units-import.service';
import { UnitsController } from './units.controller';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitsImportController, UnitChangesController, UnitsController],
  providers: [
    UnitTreeQuery,
    UnitsService,
    UnitWriteAccess,
    UnitChangesService,
    UnitImportSnapshotQuery,
    UnitsImportService,
  ],
  exports: [UnitTreeQuery, UnitsService],
})
export class OrgUnitsModule {}
