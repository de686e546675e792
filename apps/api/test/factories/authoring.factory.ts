import type { CourseOutline } from '@loa/contracts';
import type { TestApp } from '../create-test-app';
import { unique } from './unique';

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A course created through the API by `token`, with one section. */
export async function createCourse(t: TestApp, token: string): Promise<CourseOutline> {
  const code = unique('KH');
  const created = await t
    .http()
    .post('/api/authoring/courses')
    .set(bearer(token))
    .send({ code, title: `Khoá học ${code}`, summary: 'Tóm tắt', hours: 8, selfEnrol: false });
  if (created.status !== 201) throw new Error(`create course: ${JSON.stringify(created.body)}`);
  const withSection = await t
    .http()
    .post(`/api/authoring/courses/${code}/sections`)
    .set(bearer(token))
    .send({ title: 'Chương 1' });
  return withSection.body as CourseOutline;
}

export const singleChoice = (text = 'Thủ phủ của Hải Phòng?') => ({
  kind: 'single',
  text,
  options: [
    { key: 'a', text: 'Hồng Bàng', correct: true },
    { key: 'b', text: 'Hà Nội', correct: false },
  ],
  explanation: 'Vì vậy.',
});
