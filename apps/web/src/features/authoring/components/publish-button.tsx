import type { CourseOutline } from '@loa/contracts';
import { CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { usePublishCourse } from '../api/authoring-courses';

/** "Xuất bản": asks first, explaining that learners in progress stay on their version. */
export function PublishButton({ outline }: { outline: CourseOutline }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const publish = usePublishCourse(outline.code);
  const isDraft = outline.version.status === 'draft';
  const confirm = () =>
    modal.confirm({
      title: t('authoring.publish.confirmTitle', { n: outline.version.versionNo }),
      content: (
        <Typography.Paragraph>
          {outline.publishedVersionNo
            ? t('authoring.publish.confirmNewVersion', { previous: outline.publishedVersionNo })
            : t('authoring.publish.confirmFirst')}
        </Typography.Paragraph>
      ),
      okText: t('authoring.publish.button'),
      cancelText: t('common.cancel'),
      onOk: () =>
        publish.mutateAsync().then(
          () => void message.success(t('authoring.publish.done')),
          (failure: unknown) => {
            void message.error(isApiError(failure) ? failure.message : t('errors.generic'));
          },
        ),
    });
  return (
    <Button
      type="primary"
      icon={<CloudUploadOutlined />}
      disabled={!isDraft}
      loading={publish.isPending}
      onClick={confirm}
      title={isDraft ? undefined : t('authoring.publish.nothingToPublish')}
    >
      {t('authoring.publish.button')}
    </Button>
  );
}
