import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CertificateTemplateView } from '@loa/contracts';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/decorators/current-user.decorator';
import { RequireRoles } from '../../common/decorators/roles.decorator';
import { CertificateTemplatesService } from './certificate-templates.service';
import { UpdateCertificateTemplateDto } from './dto/update-certificate-template.dto';

@ApiTags('certificates')
@ApiBearerAuth()
@RequireRoles('department_admin')
@Controller('programmes/:code/certificate-template')
export class CertificateTemplatesController {
  constructor(private readonly templates: CertificateTemplatesService) {}

  @Get()
  get(@Param('code') code: string): Promise<CertificateTemplateView> {
    return this.templates.get(code);
  }

  @Put()
  replace(
    @CurrentUser() user: AuthUser,
    @Param('code') code: string,
    @Body() body: UpdateCertificateTemplateDto,
  ): Promise<CertificateTemplateView> {
    return this.templates.replace(user, code, body);
  }
}
