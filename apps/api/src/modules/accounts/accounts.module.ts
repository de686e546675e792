import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccountViewsQuery } from './account-views.query';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { GrantsService } from './grants.service';
import { PersonLoginController } from './person-login.controller';
import { PersonLoginService } from './person-login.service';

@Module({
  imports: [AuthModule],
  controllers: [AccountsController, PersonLoginController],
  providers: [AccountViewsQuery, AccountsService, GrantsService, PersonLoginService],
  exports: [AccountViewsQuery],
})
export class AccountsModule {}
