import { FormOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/ui/page-title';
import { MyCertificatesList } from '../../features/certificates/components/my-certificates-list';
import { PendingRecordsPanel } from '../../features/certificates/components/pending-records-panel';
import { RecordTrainingModal } from '../../features/certificates/components/record-training-modal';
import { RegistryPanel } from '../../features/certificates/components/registry-panel';
import { TrainingRecordsImportModal } from '../../features/certificates/components/training-records-import-modal';
import { hasRole } from '../../lib/roles';
import { useCurrentUser } from '../../lib/session-hooks';

/**
 * Everyone: their own certificates. Unit managers and the department: the registry of their
 * subtree and the import of training done elsewhere. The department: revocation, corrections
 * and the approval of external records.
 */
export function CertificatesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [importing, setImporting] = useState(false);
  const [recording, setRecording] = useState(false);
  const isDepartment = hasRole(user, 'department_admin');
  const keepsRegistry = hasRole(user, 'unit_manager', 'department_admin');

  const tabs = [
    { key: 'mine', label: t('certificates.tabs.mine'), children: <MyCertificatesList /> },
    ...(keepsRegistry
      ? [
          {
            key: 'registry',
            label: t('certificates.tabs.registry'),
            children: <RegistryPanel canAdminister={isDepartment} />,
          },
        ]
      : []),
    ...(isDepartment
      ? [
          {
            key: 'pending',
            label: t('certificates.tabs.pending'),
            children: <PendingRecordsPanel />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title={t('certificates.title')}
        extra={
          keepsRegistry ? (
            <Space wrap>
              <Button icon={<FormOutlined />} onClick={() => setRecording(true)}>
                {t('certificates.record.action')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('certificates.import.action')}
              </Button>
            </Space>
          ) : null
        }
      />
      {tabs.length > 1 ? <Tabs items={tabs} destroyOnHidden /> : <MyCertificatesList />}
      {keepsRegistry ? (
        <RecordTrainingModal open={recording} onClose={() => setRecording(false)} />
      ) : null}
      {keepsRegistry ? (
        <TrainingRecordsImportModal
          open={importing}
          needsApproval={!isDepartment}
          onClose={() => setImporting(false)}
        />
      ) : null}
    </>
  );
}
