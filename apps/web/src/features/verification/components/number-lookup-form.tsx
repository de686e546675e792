import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface NumberLookupFormProps {
  number: string | null;
  onLookup: (number: string) => void;
}

/** One field: the number printed on the certificate, e.g. 125/GCN-SGDĐT. */
export function NumberLookupForm({ number, onLookup }: NumberLookupFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(number ?? '');
  useEffect(() => setValue(number ?? ''), [number]);
  return (
    <div style={{ marginBottom: 16 }}>
      <label htmlFor="certificate-number" style={{ display: 'block', marginBottom: 6 }}>
        {t('verify.numberLabel')}
      </label>
      <Input.Search
        id="certificate-number"
        size="large"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        placeholder={t('verify.numberPlaceholder')}
        enterButton={t('verify.lookup')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={200}
        onSearch={(text) => {
          const trimmed = text.normalize('NFC').trim();
          if (trimmed) onLookup(trimmed);
        }}
      />
    </div>
  );
}
