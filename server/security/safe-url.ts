/** URLs that reach a screen's <img src>: absolute http(s) or a same-origin path, never javascript:, data: or //host. */
import { z } from '@hono/zod-openapi';

const hasControlOrSpace = (value: string) => /\s/.test(value) || [...value].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);

export function isSafeImageUrl(value: string): boolean {
  // A same-origin path; "//evil" would be protocol-relative and "/\evil" is read as a host by browsers.
  if (value.startsWith('/')) return !value.startsWith('//') && !value.startsWith('/\\') && !hasControlOrSpace(value);
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export const SafeImageUrl = z
  .string()
  .trim()
  .max(300)
  .refine(isSafeImageUrl, 'an http(s) address or a path on this server, like /media/logo.png');
