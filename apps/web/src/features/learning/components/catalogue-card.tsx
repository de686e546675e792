import { App, Button, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { useCatalogue, useEnrol } from '../api/my-learning';

/** Open courses anyone may join, with "Đăng ký học" (or "Vào học" once enrolled). */
export function CatalogueCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data = [], isLoading, error } = useCatalogue();
  const enrol = useEnrol();
  const open = (code: string) => navigate(`/learning/${encodeURIComponent(code)}`);
  const join = (code: string) =>
    enrol.mutate(code, {
      onSuccess: () => {
        void message.success(t('learning.enrolled'));
        open(code);
      },
      onError: (failure) =>
        void message.error(isApiError(failure) ? failure.message : t('errors.generic')),
    });
  return (
    <Card size="small" title={t('learning.catalogue')}>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading ? (
        <Skeleton active />
      ) : data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('learning.catalogueEmpty')} />
      ) : (
        <List
          dataSource={data}
          rowKey="code"
          renderItem={(course) => (
            <List.Item
              actions={[
                course.enrolled ? (
                  <Button key="open" onClick={() => open(course.code)}>
                    {t('learning.open')}
                  </Button>
                ) : (
                  <Button
                    key="enrol"
                    type="primary"
                    loading={enrol.isPending && enrol.variables === course.code}
                    onClick={() => join(course.code)}
                  >
                    {t('learning.enrol')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={course.title}
                description={
                  <>
                    {course.hours ? (
                      <Tag>{t('learning.hours', { count: course.hours })}</Tag>
                    ) : null}
                    {course.summary ? (
                      <Typography.Paragraph
                        type="secondary"
                        ellipsis={{ rows: 2 }}
                        style={{ margin: 0 }}
                      >
                        {course.summary}
                      </Typography.Paragraph>
                    ) : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
