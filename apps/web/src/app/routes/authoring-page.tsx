import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { AuthoringCourseTable } from '../../features/authoring/components/authoring-course-table';
import { CreateCourseModal } from '../../features/authoring/components/create-course-modal';

/** Course authoring: the courses the author may edit, and "create a course". */
export function AuthoringPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <PageTitle
        title={t('authoring.title')}
        subtitle={t('authoring.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('authoring.create.title')}
          </Button>
        }
      />
      <Card size="small">
        <AuthoringCourseTable />
      </Card>
      <CreateCourseModal open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
