import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface VideoLessonProps {
  fileUrl?: string | null;
  externalUrl?: string | null;
  /** Seconds already watched, to resume from. */
  startAt: number;
  onPosition: (seconds: number, ended: boolean) => void;
}

/** Embeddable players for the usual hosts; anything else opens in a new tab. */
function embedUrl(url: string): string | null {
  const youtube = /(?:youtube\.com\/watch\?v=|youtu\.be\/)([\w-]{6,})/.exec(url);
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube[1]}`;
  const vimeo = /vimeo\.com\/(\d+)/.exec(url);
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  return null;
}

/**
 * An uploaded video streams from the server with range requests (the URL the API gives carries
 * its own short-lived access), so a 500 MB file is never downloaded whole; external links embed.
 */
export function VideoLesson({ fileUrl, externalUrl, startAt, onPosition }: VideoLessonProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const element = video.current;
    if (element && startAt > 0) element.currentTime = startAt;
  }, [startAt, fileUrl]);
  if (fileUrl && failed) {
    return <Alert type="error" showIcon message={t('learning.player.videoFailed')} />;
  }
  if (fileUrl) {
    return (
      <video
        ref={video}
        src={fileUrl}
        controls
        preload="metadata"
        playsInline
        style={{ width: '100%', maxHeight: '70vh', background: '#000', borderRadius: 8 }}
        onTimeUpdate={(event) => onPosition(event.currentTarget.currentTime, false)}
        onEnded={(event) => onPosition(event.currentTarget.duration, true)}
        onError={() => setFailed(true)}
      >
        {t('learning.player.noVideoSupport')}
      </video>
    );
  }
  if (externalUrl) {
    const embed = embedUrl(externalUrl);
    return (
      <div>
        {embed ? (
          <iframe
            src={embed}
            title={t('learning.player.video')}
            allow="fullscreen; picture-in-picture"
            style={{ width: '100%', aspectRatio: '16 / 9', border: 0, borderRadius: 8 }}
          />
        ) : null}
        <Button
          href={externalUrl}
          target="_blank"
          rel="noopener noreferrer"
          style={{ marginTop: 8 }}
        >
          {t('learning.player.openExternal')}
        </Button>
      </div>
    );
  }
  return <Alert type="warning" message={t('learning.player.noFile')} />;
}
