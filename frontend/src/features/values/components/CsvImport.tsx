import { Alert, App, Button, Modal, Radio, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@/api/schema';
import { formatNumber } from '@/lib/format';
import { ApiError, type Problem } from '@/lib/problem';
import type { NumberFormat } from '@/lib/vn-number';

type BulkResult = components['schemas']['BulkResult'];

interface Props {
  /** The button's text. */
  label: string;
  /** Sends the file's text: checked only (dryRun) or written; `numberFormat` when the person declared one. */
  run: (csv: string, dryRun: boolean, numberFormat?: NumberFormat) => Promise<BulkResult>;
}

const LISTED = 20;

/**
 * Import from a CSV file as Excel saves it: the file is first checked by the API without writing (dryRun), the
 * counts or the bad lines are shown, and only then written, all of it or nothing.
 */
export function CsvImport({ label, run }: Props) {
  const { t, i18n } = useTranslation();
  const n = (v?: number) => formatNumber(v ?? 0, i18n.language);
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; csv: string }>();
  const [checked, setChecked] = useState<BulkResult>();
  const [error, setError] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  // How the file writes numbers: found out from the file (a number that reads two ways is refused), or declared here.
  const [format, setFormat] = useState<NumberFormat | 'auto'>('auto');
  const declared = format === 'auto' ? undefined : format;
  const close = () => {
    setFile(undefined);
    setChecked(undefined);
    setError(undefined);
  };
  const failed = (e: unknown) => setError(e instanceof ApiError ? e.problem : { detail: String(e) });
  const open = async (f: File) => {
    close();
    setFile({ name: f.name, csv: '' });
    let csv: string;
    try {
      // Excel's plain "CSV" is in the Windows code page, which would turn Vietnamese letters into question marks.
      csv = new TextDecoder('utf-8', { fatal: true }).decode(await f.arrayBuffer());
    } catch {
      setError({ detail: t('csvImport.notUtf8') });
      return;
    }
    setFile({ name: f.name, csv });
    await check(csv, declared);
  };
  const check = async (csv: string, numberFormat: NumberFormat | undefined) => {
    setChecked(undefined);
    setError(undefined);
    setBusy(true);
    try {
      setChecked(await run(csv, true, numberFormat));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };
  const declare = (value: NumberFormat | 'auto') => {
    setFormat(value);
    if (file?.csv) void check(file.csv, value === 'auto' ? undefined : value);
  };
  const write = async () => {
    setBusy(true);
    try {
      const r = await run(file!.csv, false, declared);
      void message.success(t('csvImport.written', { created: n(r.created), updated: n(r.updated), unchanged: n(r.unchanged) }));
      close();
    } catch (e) {
      setChecked(undefined);
      failed(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Upload
        accept=".csv,text/csv"
        showUploadList={false}
        beforeUpload={(f) => {
          void open(f);
          return false;
        }}
      >
        <Button>{label}</Button>
      </Upload>
      <Modal
        open={file !== undefined}
        title={t('csvImport.title', { file: file?.name })}
        onCancel={close}
        cancelText={t('app.cancel')}
        okText={t('csvImport.write')}
        okButtonProps={{ disabled: !checked, loading: busy }}
        onOk={() => void write()}
      >
        <Typography.Paragraph>
          {t('csvImport.numberFormat')}{' '}
          <Radio.Group
            size="small"
            value={format}
            onChange={(e) => declare(e.target.value as NumberFormat | 'auto')}
            options={[
              { value: 'auto', label: t('csvImport.formatAuto') },
              { value: 'vi', label: t('csvImport.formatVi') },
              { value: 'en', label: t('csvImport.formatEn') },
            ]}
          />
        </Typography.Paragraph>
        {busy && !checked && !error && <Spin />}
        {checked && (
          <Typography.Paragraph>
            {t('csvImport.checked', {
              received: n(checked.received),
              created: n(checked.created),
              updated: n(checked.updated),
              unchanged: n(checked.unchanged),
            })}
          </Typography.Paragraph>
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            message={error.detail ?? error.title}
            description={
              !!error.errors?.length && (
                <ul className="csv-errors">
                  {error.errors.slice(0, LISTED).map((l, k) => (
                    <li key={k}>
                      {l.field}: {l.message}
                    </li>
                  ))}
                  {error.errors.length > LISTED && <li>{t('csvImport.more', { count: n(error.errors.length - LISTED) })}</li>}
                </ul>
              )
            }
          />
        )}
      </Modal>
    </>
  );
}
