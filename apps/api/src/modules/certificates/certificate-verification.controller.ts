import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CertificateVerification, PayloadVerification, SigningKeyView } from '@loa/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { Public } from '../../common/decorators/public.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CertificateVerificationService } from './certificate-verification.service';
import { VerifyPayloadDto } from './dto/verify-payload.dto';
import { SigningKeysService } from './signing-keys.service';

/** What anyone may ask without logging in: the public keys and the verification of a certificate. */
@ApiTags('certificates')
@Controller('certificates')
export class CertificateVerificationController {
  constructor(
    private readonly verification: CertificateVerificationService,
    private readonly keys: SigningKeysService,
  ) {}

  /** The department's published Ed25519 public keys, current and retired. */
  @Public()
  @Get('keys')
  async publishedKeys(): Promise<SigningKeyView[]> {
    return (await this.keys.published()) as SigningKeyView[];
  }

  @ApiBearerAuth()
  @RequireRoles('system_admin', 'department_admin')
  @Post('keys/rotate')
  rotate(@CurrentUser() user: AuthUser): Promise<SigningKeyView> {
    return this.keys.rotate(user);
  }

  @Public()
  @Get(':number/verify')
  verify(
    @Param('number') number: string,
    @Req() request: FastifyRequest,
  ): Promise<CertificateVerification> {
    return this.verification.byNumber(number, request.ip);
  }

  @Public()
  @Post('verify-payload')
  @HttpCode(200)
  verifyPayload(
    @Body() body: VerifyPayloadDto,
    @Req() request: FastifyRequest,
  ): Promise<PayloadVerification> {
    return this.verification.byPayload(body.payload, request.ip);
  }
}
