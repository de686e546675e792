import { Global, Module } from '@nestjs/common';
import { UnitScopeService } from './unit-scope.service';

@Global()
@Module({ providers: [UnitScopeService], exports: [UnitScopeService] })
export class ScopeModule {}
