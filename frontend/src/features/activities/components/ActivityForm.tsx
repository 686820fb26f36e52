import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '@/components/UnitSelect';
import { useProgrammes } from '@/api/programmes/list-programmes';
import { formatFileSize } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import type { ActivityInput } from '../api/create-activity';
import { useActivityTypes } from '../api/list-activity-types';

export type ActivityFormValues = Omit<ActivityInput, 'startsAt' | 'endsAt'> & { startsAt: Dayjs; endsAt?: Dayjs };

/** Vietnamese grouping in number inputs: 4.200.000. */
const groupDots = (v: number | string | undefined) => (v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const ungroup = (v: string | undefined) => (v ? v.replace(/\./g, '') : '') as unknown as number;

/** Times are entered as Vietnam wall-clock time, whatever the browser's time zone. */
const vietnamTime = (d: Dayjs) => d.format('YYYY-MM-DDTHH:mm:ss') + '+07:00';

/**
 * What the API accepts (`vwu.attachments.max-bytes`, 10 MiB by default, and the kinds it recognises), checked here
 * first so that a 30 MB photo is refused at once instead of after its upload. The API still checks every file.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const ACCEPTED_EXTENSIONS = ['jpg', 'jpeg', 'png', 'pdf', 'docx', 'xlsx'];

/** Enter confirms a date or an option; it must not submit a long form half-filled (the Save button does). */
function keepEnterForFields(e: React.KeyboardEvent) {
  if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
}

/** Create form: the API checks every rule; its field errors are shown next to the fields. */
export function ActivityForm({
  initialUnitId,
  initial,
  onSubmit,
}: {
  initialUnitId?: string;
  /** The activity being edited, if any. */
  initial?: Partial<ActivityFormValues>;
  onSubmit: (input: ActivityInput, files: File[]) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<ActivityFormValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [fileProblem, setFileProblem] = useState<string>();
  const types = useActivityTypes();
  const startsAt = Form.useWatch('startsAt', form);
  const programmes = useProgrammes(startsAt ? startsAt.format('YYYY-MM-DD') : undefined);

  async function finish(values: ActivityFormValues) {
    setProblem(undefined);
    setSaving(true);
    try {
      await onSubmit(
        { ...values, startsAt: vietnamTime(values.startsAt), endsAt: values.endsAt && vietnamTime(values.endsAt) },
        files.map((f) => f.originFileObj as File),
      );
    } catch (e) {
      if (e instanceof ApiError) {
        // the API names fields as the form does (participants.women → ['participants', 'women'])
        form.setFields(e.fieldErrors().filter((f) => f.name.length > 0 && f.name[0] !== 'file') as Parameters<typeof form.setFields>[0]);
        setProblem(e.message);
      } else {
        setProblem(String(e));
      }
    } finally {
      setSaving(false);
    }
  }

  const num = (name: (string | number)[], label: string, money = false) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} style={{ width: '100%' }} formatter={money ? groupDots : undefined} parser={money ? ungroup : undefined} />
    </Form.Item>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={finish}
      onKeyDown={keepEnterForFields}
      initialValues={initial ?? { unitId: initialUnitId, status: 'DONE' }}
      style={{ maxWidth: 760 }}
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 16 }} />}
      <Form.Item name="unitId" label={t('activities.organiser')} rules={[{ required: true }]}>
        <UnitSelect id="unitId" ariaLabel={t('activities.organiser')} />
      </Form.Item>
      <Form.Item name="title" label={t('activities.title')} rules={[{ required: true, max: 500 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="type" label={t('activities.type')} rules={[{ required: true }]}>
        <Select
          options={(types.data ?? []).map((x) => ({ value: x.code!, label: i18n.language === 'en' ? (x.nameEn ?? x.name) : x.name }))}
        />
      </Form.Item>
      <Form.Item name="startsAt" label={t('activities.startsAt')} rules={[{ required: true }]}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endsAt" label={t('activities.endsAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="programmeCodes" label={t('activities.programme')}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={(programmes.data?.items ?? []).map((p) => ({ value: p.code!, label: p.code + ' — ' + p.name }))}
        />
      </Form.Item>
      <Form.Item name="placeText" label={t('activities.place')}>
        <Input />
      </Form.Item>
      <Form.Item name="partnerAgencies" label={t('activities.partners')}>
        <Select mode="tags" tokenSeparators={[';']} placeholder="Sở LĐ-TB&XH; Ngân hàng Chính sách xã hội" />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{t('activities.participants')}</legend>
        <div className="toolbar">
          {num(['participants', 'total'], t('activities.total'))}
          {num(['participants', 'women'], t('activities.women'))}
          {num(['participants', 'men'], t('activities.men'))}
          {num(['participants', 'children'], t('activities.children'))}
          {num(['participants', 'ethnicMinority'], t('activities.ethnicMinority'))}
        </div>
      </fieldset>
      <div className="toolbar">
        {num(['beneficiaries', 'people'], t('activities.beneficiaries'))}
        {num(['beneficiaries', 'households'], t('activities.households'))}
        {num(['cost'], t('activities.cost'), true)}
        {num(['funds'], t('activities.funds'), true)}
      </div>
      <Form.Item name="status" label={t('activities.status')}>
        <Select options={(['PLANNED', 'DONE', 'CANCELLED'] as const).map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('activities.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="results" label={t('activities.results')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={t('activities.photos')}>
        <Upload
          listType="picture"
          multiple
          fileList={files}
          beforeUpload={(file) => {
            const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
            if (!ACCEPTED_EXTENSIONS.includes(extension)) {
              setFileProblem(t('activities.fileKindRefused', { name: file.name }));
              return Upload.LIST_IGNORE;
            }
            if (file.size > MAX_ATTACHMENT_BYTES) {
              const max = formatFileSize(MAX_ATTACHMENT_BYTES, i18n.language);
              setFileProblem(t('activities.fileTooLarge', { name: file.name, size: formatFileSize(file.size, i18n.language), max }));
              return Upload.LIST_IGNORE;
            }
            setFileProblem(undefined);
            return false; // kept in the form, sent with Save
          }}
          accept={ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',')}
          onChange={({ fileList }) => setFiles(fileList)}
        >
          <Button>{t('activities.upload')}</Button>
        </Upload>
        {fileProblem && <Alert type="error" showIcon role="alert" message={fileProblem} style={{ marginTop: 8 }} />}
        <div className="muted">{t('activities.uploadHint', { size: formatFileSize(MAX_ATTACHMENT_BYTES, i18n.language) })}</div>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('activities.save')}
      </Button>
    </Form>
  );
}
