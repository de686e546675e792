import { Checkbox, Col, DatePicker, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { UnitSearchSelect } from '../../../components/unit-search-select';
import { DISPLAY_DATE_FORMAT } from '../../../lib/dates';

export interface AssignmentFormValues {
  unitCode: string;
  position?: string;
  communicationOfficer: boolean;
  startDate: Dayjs;
  endDate?: Dayjs | null;
}

/** The fields of an assignment; the unit is fixed when adding a person from a unit's page. */
export function AssignmentFields({
  fixedUnitName,
  asOf,
}: {
  fixedUnitName?: string;
  asOf: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {fixedUnitName ? (
        <Form.Item label={t('people.unit')}>
          <Input value={fixedUnitName} disabled />
        </Form.Item>
      ) : (
        <Form.Item
          name="unitCode"
          label={t('people.unit')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <UnitSearchSelect asOf={asOf} />
        </Form.Item>
      )}
      <Form.Item name="position" label={t('people.position')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="communicationOfficer" valuePropName="checked">
        <Checkbox>{t('people.communicationOfficer')}</Checkbox>
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startDate"
            label={t('people.startDate')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endDate"
            label={t('people.endDate')}
            dependencies={['startDate']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | null | undefined) => {
                  const start = getFieldValue('startDate') as Dayjs | undefined;
                  return !value || !start || !value.isBefore(start, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('people.endBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker format={DISPLAY_DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
