import type { CourseOutline, OutlineOrderRequest } from '@loa/contracts';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  List,
  Popconfirm,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useOutlineMutations } from '../api/outline-mutations';
import { AddLessonModal } from './add-lesson-modal';
import { LessonKindIcon } from './lesson-kind-icon';
import { moveLesson, moveSection } from './outline-order';

interface OutlineEditorProps {
  outline: CourseOutline;
  selectedLessonId: string | null;
  onSelect: (lessonId: string) => void;
}

/** Sections and their lessons: add, rename, delete, and move up or down (across sections too). */
export function OutlineEditor({ outline, selectedLessonId, onSelect }: OutlineEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutations = useOutlineMutations(outline.code);
  const [newSection, setNewSection] = useState('');
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const fail = (failure: unknown) =>
    void message.error(isApiError(failure) ? failure.message : t('errors.generic'));
  const reorder = (body: OutlineOrderRequest | null) =>
    body && mutations.reorder.mutate(body, { onError: fail });
  const busy = mutations.reorder.isPending;
  const addSection = () => {
    const title = newSection.trim().normalize('NFC');
    if (!title) return;
    mutations.addSection.mutate(title, { onSuccess: () => setNewSection(''), onError: fail });
  };

  return (
    <Flex vertical gap={12}>
      {outline.sections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('authoring.outline.empty')} />
      ) : null}
      {outline.sections.map((section, sectionIndex) => (
        <Card
          key={section.id}
          size="small"
          title={
            <Typography.Text
              editable={{
                tooltip: t('authoring.outline.rename'),
                onChange: (title) => {
                  const clean = title.trim().normalize('NFC');
                  if (clean && clean !== section.title) {
                    mutations.renameSection.mutate(
                      { id: section.id, title: clean },
                      { onError: fail },
                    );
                  }
                },
              }}
              style={{ whiteSpace: 'normal' }}
            >
              {section.title}
            </Typography.Text>
          }
          extra={
            <Space size={4}>
              <Button
                size="small"
                icon={<ArrowUpOutlined />}
                aria-label={t('authoring.outline.up')}
                disabled={busy || sectionIndex === 0}
                onClick={() => reorder(moveSection(outline.sections, sectionIndex, -1))}
              />
              <Button
                size="small"
                icon={<ArrowDownOutlined />}
                aria-label={t('authoring.outline.down')}
                disabled={busy || sectionIndex === outline.sections.length - 1}
                onClick={() => reorder(moveSection(outline.sections, sectionIndex, 1))}
              />
              <Popconfirm
                title={t('authoring.outline.deleteSectionConfirm', {
                  count: section.lessons.length,
                })}
                okText={t('authoring.delete')}
                cancelText={t('common.cancel')}
                onConfirm={() => mutations.deleteSection.mutate(section.id, { onError: fail })}
              >
                <Button
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('authoring.delete')}
                />
              </Popconfirm>
            </Space>
          }
          styles={{ body: { padding: 0 } }}
        >
          <List
            size="small"
            dataSource={section.lessons}
            rowKey="id"
            locale={{ emptyText: t('authoring.outline.noLessons') }}
            renderItem={(lesson, lessonIndex) => (
              <List.Item
                style={{
                  cursor: 'pointer',
                  background: lesson.id === selectedLessonId ? '#e6f4ff' : undefined,
                  paddingInline: 12,
                }}
                onClick={() => onSelect(lesson.id)}
                actions={[
                  <Button
                    key="up"
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('authoring.outline.up')}
                    disabled={busy}
                    onClick={(event) => {
                      event.stopPropagation();
                      reorder(moveLesson(outline.sections, sectionIndex, lessonIndex, -1));
                    }}
                  />,
                  <Button
                    key="down"
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('authoring.outline.down')}
                    disabled={busy}
                    onClick={(event) => {
                      event.stopPropagation();
                      reorder(moveLesson(outline.sections, sectionIndex, lessonIndex, 1));
                    }}
                  />,
                  <Popconfirm
                    key="delete"
                    title={t('authoring.outline.deleteLessonConfirm')}
                    okText={t('authoring.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={(event) => {
                      event?.stopPropagation();
                      mutations.deleteLesson.mutate(lesson.id, { onError: fail });
                    }}
                    onCancel={(event) => event?.stopPropagation()}
                  >
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('authoring.delete')}
                      onClick={(event) => event.stopPropagation()}
                    />
                  </Popconfirm>,
                ]}
              >
                <Space>
                  <LessonKindIcon kind={lesson.kind} />
                  <span>{lesson.title}</span>
                  {lesson.required ? null : <Tag>{t('authoring.lesson.optional')}</Tag>}
                </Space>
              </List.Item>
            )}
          />
          <div style={{ padding: 8 }}>
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingTo(section.id)}>
              {t('authoring.outline.addLesson')}
            </Button>
          </div>
        </Card>
      ))}
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={newSection}
          onChange={(event) => setNewSection(event.target.value)}
          onPressEnter={addSection}
          placeholder={t('authoring.outline.newSection')}
          maxLength={300}
        />
        <Button
          icon={<PlusOutlined />}
          onClick={addSection}
          loading={mutations.addSection.isPending}
        >
          {t('authoring.outline.addSection')}
        </Button>
      </Space.Compact>
      <AddLessonModal
        courseCode={outline.code}
        sectionId={addingTo}
        onClose={() => setAddingTo(null)}
        onAdded={onSelect}
      />
    </Flex>
  );
}
