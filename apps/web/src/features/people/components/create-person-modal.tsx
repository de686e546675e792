import { GENDERS, type Gender } from '@loa/contracts';
import { App, Col, DatePicker, Divider, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { DISPLAY_DATE_FORMAT, fromDayjs, toDayjs } from '../../../lib/dates';
import { useCreatePerson } from '../api/person-mutations';
import { AssignmentFields, AssignmentFormValues } from './assignment-fields';

interface CreatePersonValues extends Omit<AssignmentFormValues, 'unitCode'> {
  staffCode: string;
  fullName: string;
  dateOfBirth: Dayjs;
  gender?: Gender;
  email?: string;
  phone?: string;
}

interface CreatePersonModalProps {
  open: boolean;
  onClose: () => void;
  unit: { code: string; name: string };
  asOf: string;
  onCreated?: (staffCode: string) => void;
}

const clean = (value: string | undefined) => value?.trim().normalize('NFC') || undefined;

/** Adds a person to the roster of a unit: their details and their assignment there. */
export function CreatePersonModal({
  open,
  onClose,
  unit,
  asOf,
  onCreated,
}: CreatePersonModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreatePersonValues>();
  const mutation = useCreatePerson();

  const submit = (values: CreatePersonValues) => {
    const staffCode = values.staffCode.trim();
    mutation.mutate(
      {
        staffCode,
        fullName: values.fullName.trim().normalize('NFC'),
        dateOfBirth: fromDayjs(values.dateOfBirth) ?? '',
        gender: values.gender,
        email: clean(values.email),
        phone: clean(values.phone),
        assignment: {
          unitCode: unit.code,
          position: clean(values.position),
          communicationOfficer: values.communicationOfficer,
          startDate: fromDayjs(values.startDate) ?? asOf,
          endDate: fromDayjs(values.endDate) ?? undefined,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('people.personAdded'));
          onClose();
          onCreated?.(staffCode);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('people.addPersonTo', { name: unit.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <ErrorAlert error={mutation.error} />
      <Form<CreatePersonValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ communicationOfficer: false, startDate: toDayjs(asOf) }}
        onFinish={submit}
      >
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="staffCode"
              label={t('people.staffCode')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="fullName"
              label={t('people.fullName')}
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              name="dateOfBirth"
              label={t('people.dateOfBirth')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="gender" label={t('people.gender')}>
              <Select
                allowClear
                options={GENDERS.map((gender) => ({
                  value: gender,
                  label: t(`people.genders.${gender}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t('people.email')}
              rules={[{ type: 'email', message: t('people.emailInvalid') }]}
            >
              <Input maxLength={200} inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('people.phone')}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left" plain>
          {t('people.assignment')}
        </Divider>
        <AssignmentFields fixedUnitName={unit.name} asOf={asOf} />
      </Form>
    </Modal>
  );
}
