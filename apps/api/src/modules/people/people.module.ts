import { Module } from '@nestjs/common';
import { AssignmentsService } from './assignments.service';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { PersonAccessService } from './person-access.service';
import { PersonDetailQuery } from './person-detail.query';
import { RosterExportService } from './roster/roster-export.service';
import { RosterController } from './roster/roster.controller';
import { RosterQuery } from './roster/roster.query';
import { RosterService } from './roster/roster.service';
import { StaffImportController } from './staff-import/staff-import.controller';
import { StaffImportRepository } from './staff-import/staff-import.repository';
import { StaffImportService } from './staff-import/staff-import.service';
import { UnitLookup } from './unit-lookup';

/** People, their assignments (rosters), the roster export and the staff import. */
@Module({
  controllers: [RosterController, PeopleController, StaffImportController],
  providers: [
    UnitLookup,
    RosterQuery,
    RosterService,
    RosterExportService,
    PersonDetailQuery,
    PersonAccessService,
    AssignmentsService,
    PeopleService,
    StaffImportRepository,
    StaffImportService,
  ],
})
export class PeopleModule {}
