import { DynamicModule, Global, Module } from '@nestjs/common';
import { LOA_ENV, LoaEnv } from './env';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: LoaEnv): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: LOA_ENV, useValue: env }],
      exports: [LOA_ENV],
    };
  }
}
