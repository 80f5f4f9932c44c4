/** The admin's typed calls to the signage API, and the upload with progress (fetch cannot report upload progress). */
import type { SignageManifest } from '../../shared/signage.ts';
import { ApiError, apiRequest } from '../common/console-api.ts';

export interface SignageItem {
  id: number;
  kind: 'image' | 'video' | 'text' | 'web' | 'ticker';
  name: string;
  sha256: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  url: string | null;
  text: string | null;
}
export interface PlaylistEntry { itemId: number; durationMs: number; transition: 'cut' | 'fade'; validFrom: string | null; validTo: string | null }
export interface Playlist { id: number; name: string; items: PlaylistEntry[] }
export type ScheduleRule = { kind: 'cron'; expression: string } | { kind: 'daypart'; days: number[]; from: string; to: string };
export interface ScheduleInput {
  name: string;
  playlistId: number;
  groups: string[] | null;
  rule: ScheduleRule;
  validFrom: string | null;
  validTo: string | null;
  priority: number;
}
export type Schedule = ScheduleInput & { id: number };
export interface SignageSettings { defaultPlaylistId: number | null; blankOutsideHours: boolean }

// PUT replaces a whole playlist, schedule or the settings.
const PUT = 'PUT';
const b = (branchId: number) => `/branches/${branchId}/signage`;

export const listItems = () => apiRequest<{ items: SignageItem[] }>('GET', '/signage/items').then((r) => r.items);
export const createItem = (input: { kind: 'text'; name: string; html: string } | { kind: 'web'; name: string; url: string } | { kind: 'ticker'; name: string; text: string }) =>
  apiRequest<{ item: SignageItem }>('POST', '/signage/items', input).then((r) => r.item);
export const deleteItem = (id: number) => apiRequest('DELETE', `/signage/items/${id}`);
export const deletePlaylist = (branchId: number, id: number) => apiRequest('DELETE', `${b(branchId)}/playlists/${id}`);
export const listPlaylists = (branchId: number) => apiRequest<{ playlists: Playlist[] }>('GET', `${b(branchId)}/playlists`).then((r) => r.playlists);
export const createPlaylist = (branchId: number, input: Omit<Playlist, 'id'>) => apiRequest<{ playlist: Playlist }>('POST', `${b(branchId)}/playlists`, input);
export const savePlaylist = (branchId: number, id: number, input: Omit<Playlist, 'id'>) => apiRequest(PUT, `${b(branchId)}/playlists/${id}`, input);
export const listSchedules = (branchId: number) => apiRequest<{ schedules: Schedule[] }>('GET', `${b(branchId)}/schedules`).then((r) => r.schedules);
export const createSchedule = (branchId: number, input: ScheduleInput) =>
  apiRequest<{ schedule: Schedule }>('POST', `${b(branchId)}/schedules`, input).then((r) => r.schedule);
export const saveSchedule = (branchId: number, id: number, input: ScheduleInput) =>
  apiRequest<{ schedule: Schedule }>(PUT, `${b(branchId)}/schedules/${id}`, input).then((r) => r.schedule);
export const deleteSchedule = (branchId: number, id: number) => apiRequest('DELETE', `${b(branchId)}/schedules/${id}`);
export const getSettings = (branchId: number) => apiRequest<SignageSettings>('GET', `${b(branchId)}/settings`);
export const saveSettings = (branchId: number, s: SignageSettings) => apiRequest(PUT, `${b(branchId)}/settings`, s);
export const preview = (branchId: number, group: string, at: number) =>
  apiRequest<SignageManifest>('GET', `${b(branchId)}/preview?group=${encodeURIComponent(group)}&at=${Math.round(at)}`);
export const takeOver = (branchId: number, input: { message: string; groups: string[] | null; until: number | null; speak: boolean }) =>
  apiRequest('POST', `${b(branchId)}/takeover`, input);
export const clearTakeover = (branchId: number) => apiRequest('DELETE', `${b(branchId)}/takeover`);
export const playCounts = (branchId: number, since: number) =>
  apiRequest<{ plays: { itemId: number; plays: number; lastAt: number }[] }>('GET', `${b(branchId)}/plays?since=${since}`).then((r) => r.plays);

/** Uploads one file as the raw body; `onProgress` gets 0..1. Rejects with the server's sentence. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<SignageItem> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/signage/uploads');
    xhr.setRequestHeader('x-callboard-csrf', '1');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The upload was interrupted. Check the network connection and try again.'));
    xhr.onload = () => {
      let body: { item?: SignageItem; error?: { code: string; message: string } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Shown below as a status-only error.
      }
      if (xhr.status === 201 && body?.item) return resolve(body.item);
      reject(new ApiError(xhr.status, body?.error?.code ?? 'http_error', body?.error?.message ?? `The server answered ${xhr.status}.`));
    };
    xhr.send(file);
  });
}

/** What each kind of library item is called on screen. */
export const ITEM_KIND_LABEL: Record<SignageItem['kind'], string> = { image: 'Image', video: 'Video', text: 'Text slide', web: 'Web page', ticker: 'Ticker line' };

