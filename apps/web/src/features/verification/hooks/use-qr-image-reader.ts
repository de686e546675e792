import jsQR from 'jsqr';
import { useCallback, useState } from 'react';

/** Large phone photos are scaled down first: decoding stays fast and a QR code stays readable. */
const MAX_SIDE = 1600;

function loadImage(file: File): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('not an image'));
    };
    image.src = url;
  });
}

/** Reads the text of the QR code in a photo or image, in the browser; null when there is none. */
export async function readQrFromImage(file: File): Promise<string | null> {
  const image = await loadImage(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const width = Math.max(1, Math.round(image.naturalWidth * scale));
  const height = Math.max(1, Math.round(image.naturalHeight * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.fillStyle = '#fff'; // transparent PNGs: a white background, as on paper
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const { data } = context.getImageData(0, 0, width, height);
  return jsQR(data, width, height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

export type QrReadState = 'idle' | 'reading' | 'no_code' | 'not_image';

/** Reads a QR image and hands its text on; says when the image holds no readable code. */
export function useQrImageReader(onText: (text: string) => void) {
  const [state, setState] = useState<QrReadState>('idle');
  const read = useCallback(
    async (file: File) => {
      setState('reading');
      try {
        const text = await readQrFromImage(file);
        if (!text) {
          setState('no_code');
          return;
        }
        setState('idle');
        onText(text);
      } catch {
        setState('not_image');
      }
    },
    [onText],
  );
  return { state, read };
}
