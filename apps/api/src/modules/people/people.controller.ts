import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AssignmentView, PersonDetail } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { AssignmentsService } from './assignments.service';
import { CreateAssignmentDto, UpdateAssignmentDto } from './dto/assignment.dto';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@ApiBearerAuth()
@Controller()
export class PeopleController {
  constructor(
    private readonly people: PeopleService,
    private readonly assignments: AssignmentsService,
  ) {}

  @Get('people/:staffCode')
  detail(
    @CurrentUser() user: AuthUser,
    @Param('staffCode') staffCode: string,
  ): Promise<PersonDetail> {
    return this.people.detail(user, staffCode);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Post('people')
  create(@CurrentUser() user: AuthUser, @Body() body: CreatePersonDto): Promise<PersonDetail> {
    return this.people.create(user, body);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Patch('people/:staffCode')
  update(
    @CurrentUser() user: AuthUser,
    @Param('staffCode') staffCode: string,
    @Body() body: UpdatePersonDto,
  ): Promise<PersonDetail> {
    return this.people.update(user, staffCode, body);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Post('people/:staffCode/assignments')
  addAssignment(
    @CurrentUser() user: AuthUser,
    @Param('staffCode') staffCode: string,
    @Body() body: CreateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.add(user, staffCode, body);
  }

  @RequireRoles('unit_manager', 'department_admin')
  @Patch('assignments/:id')
  updateAssignment(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: UpdateAssignmentDto,
  ): Promise<AssignmentView> {
    return this.assignments.update(user, id, body);
  }
}
