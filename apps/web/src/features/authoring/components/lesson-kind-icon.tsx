import type { LessonKind } from '@loa/contracts';
import {
  FilePdfOutlined,
  FileTextOutlined,
  FormOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';

/** The icon for a lesson's kind: text, video, document, quiz. */
export function LessonKindIcon({ kind }: { kind: LessonKind }) {
  switch (kind) {
    case 'text':
      return <FileTextOutlined />;
    case 'video':
      return <PlayCircleOutlined />;
    case 'document':
      return <FilePdfOutlined />;
    case 'quiz':
      return <FormOutlined />;
  }
}
