import { Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CreatedLogin } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { PersonLoginService } from './person-login.service';

/** Gives a person on the roster a login in one action. */
@ApiTags('accounts')
@ApiBearerAuth()
@Controller('people')
export class PersonLoginController {
  constructor(private readonly logins: PersonLoginService) {}

  @Post(':staffCode/account')
  @RequireRoles('department_admin', 'unit_manager')
  create(
    @CurrentUser() actor: AuthUser,
    @Param('staffCode') staffCode: string,
  ): Promise<CreatedLogin> {
    return this.logins.create(actor, staffCode);
  }
}
