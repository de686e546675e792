import type { ErrorDetail, ImportResult } from '@loa/contracts';
import { Card, Grid, Progress, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../lib/api-error';
import { todayInVietnam } from '../../../lib/dates';
import { ImportSettings, useRunImport } from '../api/run-import';
import { ChooseStep } from './choose-step';
import { PreviewStep } from './preview-step';
import { ResultStep } from './result-step';
import { MAX_FILE_BYTES, UploadStep } from './upload-step';

type Step = 0 | 1 | 2 | 3;

const INITIAL_SETTINGS: ImportSettings = {
  kind: 'staff',
  mode: 'rows',
  unitCode: null,
  asOf: todayInVietnam(),
};

/** Choose → upload (dry run) → preview or errors → confirm (the same file, for real) → result. */
export function ImportWizard() {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>(0);
  const [settings, setSettings] = useState<ImportSettings>(INITIAL_SETTINGS);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [invalid, setInvalid] = useState<ErrorDetail[] | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [final, setFinal] = useState<ImportResult | null>(null);
  const dryRun = useRunImport();
  const confirm = useRunImport();
  const narrow = !(Grid.useBreakpoint().md ?? true);
  const stepTitles = [
    t('imports.steps.choose'),
    t('imports.steps.upload'),
    t('imports.steps.preview'),
    t('imports.steps.done'),
  ];

  const check = (chosen: File) => {
    setFile(chosen);
    setUploadError(null);
    setPreview(null);
    setInvalid(null);
    if (chosen.size > MAX_FILE_BYTES) {
      setUploadError(
        new ApiError(
          413,
          'FILE_TOO_LARGE',
          t('imports.tooLarge', { size: MAX_FILE_BYTES / 1024 / 1024 }),
        ),
      );
      return;
    }
    setProgress(0);
    dryRun.mutate(
      { settings, file: chosen, dryRun: true, onProgress: setProgress },
      {
        onSuccess: (result) => {
          setPreview(result);
          setStep(2);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'IMPORT_INVALID' && error.details.length > 0) {
            setInvalid(error.details);
            setStep(2);
          } else setUploadError(error);
        },
      },
    );
  };

  const write = () => {
    if (!file) return;
    setProgress(0);
    confirm.mutate(
      { settings, file, dryRun: false, onProgress: setProgress },
      {
        onSuccess: (result) => {
          setFinal(result);
          setStep(3);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'IMPORT_INVALID' && error.details.length > 0) {
            setInvalid(error.details);
          }
        },
      },
    );
  };

  const restart = (keepSettings: boolean) => {
    if (!keepSettings) setSettings({ ...INITIAL_SETTINGS, asOf: todayInVietnam() });
    setFile(null);
    setPreview(null);
    setInvalid(null);
    setUploadError(null);
    setFinal(null);
    confirm.reset();
    dryRun.reset();
    setStep(keepSettings ? 1 : 0);
  };

  return (
    <Card>
      {narrow ? (
        <div style={{ marginBottom: 20 }}>
          <Typography.Text strong>
            {t('imports.stepOf', {
              step: step + 1,
              total: stepTitles.length,
              title: stepTitles[step],
            })}
          </Typography.Text>
          <Progress
            percent={((step + 1) / stepTitles.length) * 100}
            steps={stepTitles.length}
            showInfo={false}
            size={[60, 6]}
          />
        </div>
      ) : (
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={stepTitles.map((title) => ({ title }))}
        />
      )}
      {step === 0 ? (
        <ChooseStep settings={settings} onChange={setSettings} onNext={() => setStep(1)} />
      ) : null}
      {step === 1 ? (
        <UploadStep
          uploading={dryRun.isPending}
          progress={progress}
          fileName={file?.name ?? null}
          error={uploadError}
          onFile={check}
          onBack={() => setStep(0)}
        />
      ) : null}
      {step === 2 && file ? (
        <PreviewStep
          fileName={file.name}
          result={preview}
          invalid={invalid}
          confirming={confirm.isPending}
          confirmError={invalid ? null : confirm.error}
          onConfirm={write}
          onChooseAnotherFile={() => restart(true)}
        />
      ) : null}
      {step === 3 && final ? <ResultStep result={final} onAgain={() => restart(false)} /> : null}
    </Card>
  );
}
