import { Module } from '@nestjs/common';
import { DueRemindersService } from './due-reminders.service';
import { MailSenderService } from './mail-sender.service';
import { NotificationJobsScheduler } from './notification-jobs.scheduler';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications, due-date reminders and the SMTP sender of the mail outbox. */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    DueRemindersService,
    MailSenderService,
    NotificationJobsScheduler,
  ],
  exports: [DueRemindersService, MailSenderService],
})
export class NotificationsModule {}
