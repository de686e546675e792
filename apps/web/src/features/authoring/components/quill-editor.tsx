import ReactQuill from 'react-quill-new';
import 'react-quill-new/dist/quill.snow.css';
import './quill-editor-vi.css';

/** Only what the server keeps after sanitising: headings, lists, emphasis, links, quotes. */
const MODULES = {
  toolbar: [
    [{ header: [2, 3, 4, false] }],
    ['bold', 'italic', 'underline'],
    [{ list: 'ordered' }, { list: 'bullet' }],
    ['blockquote', 'link'],
    ['clean'],
  ],
};

interface QuillEditorProps {
  value: string;
  onChange: (html: string) => void;
}

/** react-quill-new (Quill 2), loaded lazily by RichTextEditor. */
export function QuillEditor({ value, onChange }: QuillEditorProps) {
  return (
    <ReactQuill
      theme="snow"
      value={value}
      onChange={(html) => onChange(html)}
      modules={MODULES}
      style={{ background: '#fff' }}
    />
  );
}
