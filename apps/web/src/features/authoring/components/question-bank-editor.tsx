import type { QuestionView } from '@loa/contracts';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { isApiError } from '../../../lib/api-error';
import { useQuestionMutations, useQuestions } from '../api/questions';
import { QuestionFormModal } from './question-form-modal';

/** The course's question bank: every question with its correct options; add, edit, delete. */
export function QuestionBankEditor({ courseCode }: { courseCode: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { data = [], isLoading, error } = useQuestions(courseCode);
  const { remove } = useQuestionMutations(courseCode);
  const [editing, setEditing] = useState<QuestionView | 'new' | null>(null);
  if (error) return <ErrorAlert error={error} />;
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('authoring.questions.add')}
        </Button>
        <Typography.Text type="secondary">
          {t('authoring.questions.count', { count: data.length })}
        </Typography.Text>
      </Space>
      {isLoading ? (
        <Skeleton active />
      ) : data.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('authoring.questions.empty')} />
      ) : (
        <List
          dataSource={data}
          rowKey="id"
          renderItem={(question, index) => (
            <List.Item
              actions={[
                <Button
                  key="edit"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('authoring.questions.edit')}
                  onClick={() => setEditing(question)}
                />,
                <Popconfirm
                  key="delete"
                  title={t('authoring.questions.deleteConfirm')}
                  okText={t('authoring.delete')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    remove.mutate(question.id, {
                      onError: (failure) =>
                        void message.error(
                          isApiError(failure) ? failure.message : t('errors.generic'),
                        ),
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('authoring.delete')}
                  />
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span style={{ whiteSpace: 'normal' }}>
                    {index + 1}. {question.text}{' '}
                    <Tag>{t(`authoring.questions.kinds.${question.kind}`)}</Tag>
                  </span>
                }
                description={
                  <>
                    {question.options.map((option) => (
                      <div
                        key={option.key}
                        style={{ color: option.correct ? '#389e0d' : undefined }}
                      >
                        {option.correct ? '✓ ' : '○ '}
                        {option.text}
                      </div>
                    ))}
                    {question.explanation ? (
                      <Typography.Text type="secondary" italic>
                        {question.explanation}
                      </Typography.Text>
                    ) : null}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <QuestionFormModal
        courseCode={courseCode}
        question={editing}
        onClose={() => setEditing(null)}
      />
    </>
  );
}
