import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';

const Quill = lazy(() => import('./quill-editor').then((m) => ({ default: m.QuillEditor })));

interface RichTextEditorProps {
  value: string;
  onChange: (html: string) => void;
}

/** The WYSIWYG editor, loaded only when a text lesson is opened (it is the heaviest piece). */
export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>
      <Quill {...props} />
    </Suspense>
  );
}
