import type { ImportResult } from '@loa/contracts';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ImportCounts } from './import-counts';

/** Step 4: what was written. */
export function ResultStep({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Result
        status="success"
        title={t('imports.doneTitle')}
        subTitle={t('imports.doneHelp')}
        extra={[
          <Button key="again" onClick={onAgain}>
            {t('imports.importAnother')}
          </Button>,
          <Link key="units" to="/units">
            <Button type="primary">{t('imports.openUnits')}</Button>
          </Link>,
        ]}
      />
      <ImportCounts result={result} />
    </>
  );
}
