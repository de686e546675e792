import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AccountPage, AccountView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { accountNotFound, grantNotFound } from './accounts.errors';
import { AccountsService } from './accounts.service';
import { CreateAccountDto } from './dto/create-account.dto';
import { CreateGrantDto } from './dto/create-grant.dto';
import { ListAccountsQuery } from './dto/list-accounts.query';
import { UpdateAccountDto } from './dto/update-account.dto';
import { GrantsService } from './grants.service';

/** A malformed id names nothing: 404, like an unknown one. */
const accountId = new ParseUUIDPipe({ exceptionFactory: accountNotFound });
const grantId = new ParseUUIDPipe({ exceptionFactory: grantNotFound });

@ApiTags('accounts')
@ApiBearerAuth()
@RequireRoles('department_admin', 'system_admin')
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly grants: GrantsService,
  ) {}

  @Get()
  list(@Query() query: ListAccountsQuery): Promise<AccountPage> {
    return this.accounts.list(query);
  }

  @Get(':id')
  get(@Param('id', accountId) id: string): Promise<AccountView> {
    return this.accounts.get(id);
  }

  @Post()
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateAccountDto): Promise<AccountView> {
    return this.accounts.create(actor, body);
  }

  @Patch(':id')
  update(
    @CurrentUser() actor: AuthUser,
    @Param('id', accountId) id: string,
    @Body() body: UpdateAccountDto,
  ): Promise<AccountView> {
    return this.accounts.update(actor, id, body);
  }

  @Post(':id/grants')
  grant(
    @CurrentUser() actor: AuthUser,
    @Param('id', accountId) id: string,
    @Body() body: CreateGrantDto,
  ): Promise<AccountView> {
    return this.grants.grant(actor, id, body);
  }

  @Delete(':id/grants/:grantId')
  revoke(
    @CurrentUser() actor: AuthUser,
    @Param('id', accountId) id: string,
    @Param('grantId', grantId) grant: string,
  ): Promise<AccountView> {
    return this.grants.revoke(actor, id, grant);
  }
}
