import { Global, Module } from '@nestjs/common';
import { FileStorageService } from './file-storage.service';

/** Uploaded files (covers, videos, documents): storage on disk and range-aware streaming. */
@Global()
@Module({
  providers: [FileStorageService],
  exports: [FileStorageService],
})
export class FilesModule {}
