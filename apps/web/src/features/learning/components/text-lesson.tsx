import { useEffect, useRef } from 'react';

interface TextLessonProps {
  /** Sanitised on the server when the author saved it; the only HTML this app renders raw. */
  bodyHtml: string;
  onPosition: (fraction: number) => void;
}

/** A rich-text lesson; reports how far down the learner has read (0..1) as they scroll. */
export function TextLesson({ bodyHtml, onPosition }: TextLessonProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const rect = element.getBoundingClientRect();
      const seen = window.innerHeight - rect.top;
      const fraction = rect.height > 0 ? Math.min(1, Math.max(0, seen / rect.height)) : 1;
      onPosition(Number(fraction.toFixed(3)));
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    return () => window.removeEventListener('scroll', measure);
  }, [onPosition, bodyHtml]);
  return (
    <div
      ref={ref}
      className="lesson-body"
      style={{ fontSize: 16, lineHeight: 1.7, overflowWrap: 'anywhere' }}
      dangerouslySetInnerHTML={{ __html: bodyHtml }}
    />
  );
}
