import { MenuOutlined } from '@ant-design/icons';
import { Button, Card, Col, Drawer, Empty, Grid, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../components/ui/error-alert';
import { PageTitle } from '../../components/ui/page-title';
import { useCourseOutline } from '../../features/learning/api/player';
import { CourseCompletedBanner } from '../../features/learning/components/course-completed-banner';
import { CourseOutlineMenu } from '../../features/learning/components/course-outline-menu';
import { LessonPanel } from '../../features/learning/components/lesson-panel';
import {
  flattenLessons,
  nextLesson,
  startingLesson,
} from '../../features/learning/components/outline-helpers';

/** The course player: the outline (a drawer on phones) and the current lesson; resumes where left. */
export function CoursePlayerPage() {
  const { t } = useTranslation();
  const { courseCode = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const screens = Grid.useBreakpoint();
  const [outlineOpen, setOutlineOpen] = useState(false);
  const { data: outline, isLoading, error } = useCourseOutline(courseCode);
  const startAt = outline ? startingLesson(outline) : null;
  // The lesson to resume is fixed once, in the address: later refreshes of the outline (a lesson
  // marked done moves resumeLessonId on) must not move the learner away from what they read.
  useEffect(() => {
    if (startAt && !search.get('lesson')) setSearch({ lesson: startAt }, { replace: true });
  }, [startAt, search, setSearch]);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !outline) return <Skeleton active paragraph={{ rows: 8 }} />;

  const lessonId = search.get('lesson') ?? startAt;
  const lesson = flattenLessons(outline).find((item) => item.id === lessonId) ?? null;
  const open = (id: string) => {
    setSearch({ lesson: id }, { replace: false });
    setOutlineOpen(false);
    window.scrollTo({ top: 0 });
  };
  const menu = <CourseOutlineMenu outline={outline} currentLessonId={lessonId} onOpen={open} />;
  const wide = !!screens.lg;
  return (
    <div>
      <PageTitle
        title={outline.title}
        subtitle={
          outline.versionNo ? t('learning.player.version', { n: outline.versionNo }) : undefined
        }
        extra={[
          wide ? null : (
            <Button key="outline" icon={<MenuOutlined />} onClick={() => setOutlineOpen(true)}>
              {t('learning.player.outline')}
            </Button>
          ),
          <Link key="back" to="/learning">
            <Button>{t('learning.player.backToMine')}</Button>
          </Link>,
        ]}
      />
      {outline.status === 'completed' ? <CourseCompletedBanner outline={outline} /> : null}
      <Row gutter={[16, 16]}>
        {wide ? (
          <Col lg={7}>
            <Card
              size="small"
              title={t('learning.player.outline')}
              styles={{ body: { padding: '12px 0' } }}
            >
              {menu}
            </Card>
          </Col>
        ) : null}
        <Col xs={24} lg={17}>
          {lesson ? (
            <LessonPanel
              key={lesson.id}
              courseCode={courseCode}
              lesson={lesson}
              next={nextLesson(outline, lesson.id)}
              onOpen={open}
            />
          ) : (
            <Empty description={t('learning.player.noLessons')} />
          )}
        </Col>
      </Row>
      <Drawer
        open={!wide && outlineOpen}
        onClose={() => setOutlineOpen(false)}
        title={t('learning.player.outline')}
        placement="left"
        width="85vw"
        styles={{ body: { padding: '12px 0' } }}
      >
        {menu}
      </Drawer>
    </div>
  );
}
