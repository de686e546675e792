import { FileExcelOutlined } from '@ant-design/icons';
import type { RegistryEntry } from '@loa/contracts';
import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { RegistryFilters as Filters, useRegistry, useRegistryExport } from '../api/registry';
import { BulkDownloadButton } from './bulk-download-button';
import { CorrectModal } from './correct-modal';
import { RegistryFilters } from './registry-filters';
import { RegistryTable } from './registry-table';
import { RevokeModal } from './revoke-modal';

const NO_FILTERS: Filters = { unit: null, from: null, to: null, programme: null };

/** "Sổ cấp giấy chứng nhận": filters, the XLSX export, the ZIP of all PDFs, and the table. */
export function RegistryPanel({ canAdminister }: { canAdminister: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [revoking, setRevoking] = useState<RegistryEntry | null>(null);
  const [correcting, setCorrecting] = useState<RegistryEntry | null>(null);
  const registry = useRegistry({ ...filters, ...paging });
  const exporter = useRegistryExport();

  return (
    <div>
      <RegistryFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <Flex gap={8} wrap align="flex-start" style={{ marginBottom: 16 }}>
        <Button
          icon={<FileExcelOutlined />}
          loading={exporter.isPending}
          onClick={() =>
            exporter.mutate(filters, {
              onError: (error) =>
                void message.error(isApiError(error) ? error.message : t('errors.generic')),
            })
          }
        >
          {t('certificates.registry.export')}
        </Button>
        <BulkDownloadButton filters={filters} />
      </Flex>
      <ErrorAlert error={registry.error} />
      <RegistryTable
        data={registry.data}
        loading={registry.isFetching}
        canAdminister={canAdminister}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        onRevoke={setRevoking}
        onCorrect={setCorrecting}
      />
      <RevokeModal certificate={revoking} onClose={() => setRevoking(null)} />
      <CorrectModal certificate={correcting} onClose={() => setCorrecting(null)} />
    </div>
  );
}
