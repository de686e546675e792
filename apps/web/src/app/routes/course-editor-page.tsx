import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { useAuthoringOutline } from '../../features/authoring/api/authoring-courses';
import { CourseDetailsCard } from '../../features/authoring/components/course-details-card';
import { CoursePreviewDrawer } from '../../features/authoring/components/course-preview-drawer';
import { CourseStatusTag } from '../../features/authoring/components/course-status-tag';
import { LessonEditor } from '../../features/authoring/components/lesson-editor';
import { OutlineEditor } from '../../features/authoring/components/outline-editor';
import { PublishButton } from '../../features/authoring/components/publish-button';
import { QuestionBankEditor } from '../../features/authoring/components/question-bank-editor';

/** The course editor: details, outline with the lesson being edited, question bank, publish. */
export function CourseEditorPage() {
  const { t } = useTranslation();
  const { courseCode = '' } = useParams();
  const { data: outline, isLoading, error } = useAuthoringOutline(courseCode);
  const [selected, setSelected] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState(false);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !outline) return <Skeleton active paragraph={{ rows: 8 }} />;
  const lessons = outline.sections.flatMap((section) => section.lessons);
  const lesson = lessons.find((item) => item.id === selected) ?? null;
  const version = outline.version;
  return (
    <div>
      <PageTitle
        title={outline.title}
        subtitle={
          <>
            {outline.code} · <CourseStatusTag status={outline.status} />
            <Tag color={version.status === 'draft' ? 'gold' : 'green'}>
              {t(`authoring.versionStatus.${version.status}`, { n: version.versionNo })}
            </Tag>
          </>
        }
        extra={[
          <Link key="back" to="/authoring">
            <Button>{t('authoring.backToList')}</Button>
          </Link>,
          <Button key="preview" icon={<EyeOutlined />} onClick={() => setPreviewing(true)}>
            {t('authoring.preview.button')}
          </Button>,
          <PublishButton key="publish" outline={outline} />,
        ]}
      />
      {version.status === 'published' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('authoring.editingPublished', { n: version.versionNo })}
        />
      ) : null}
      <Tabs
        items={[
          {
            key: 'outline',
            label: t('authoring.tabs.outline'),
            children: (
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={10}>
                  <OutlineEditor
                    outline={outline}
                    selectedLessonId={lesson?.id ?? null}
                    onSelect={setSelected}
                  />
                </Col>
                <Col xs={24} lg={14}>
                  {lesson ? (
                    <LessonEditor
                      key={lesson.id}
                      outline={outline}
                      lesson={lesson}
                      onSaved={setSelected}
                    />
                  ) : (
                    <Card size="small">
                      <Empty description={t('authoring.pickLesson')} />
                    </Card>
                  )}
                </Col>
              </Row>
            ),
          },
          {
            key: 'questions',
            label: t('authoring.tabs.questions', { count: outline.questionCount }),
            children: (
              <Card size="small">
                <QuestionBankEditor courseCode={outline.code} />
              </Card>
            ),
          },
          {
            key: 'details',
            label: t('authoring.tabs.details'),
            children: <CourseDetailsCard outline={outline} />,
          },
        ]}
      />
      <CoursePreviewDrawer
        courseCode={outline.code}
        open={previewing}
        onClose={() => setPreviewing(false)}
      />
    </div>
  );
}
