// The one error shape that crosses the IPC boundary, and how anything thrown
// by `invoke` (or by the webview itself) becomes one.
import { vi } from '../i18n/vi';

/** `{ code, message }` as serialised by the Tauri commands; message is Vietnamese. */
export type ApiError = { code: string; message: string };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/** Normalises whatever was thrown so the UI can always show `message`. */
export function toApiError(thrown: unknown): ApiError {
  if (isApiError(thrown)) return thrown;
  if (typeof thrown === 'string') return { code: 'unknown', message: thrown };
  if (thrown instanceof Error) return { code: 'unknown', message: thrown.message };
  return { code: 'unknown', message: vi.common.unknownError };
}
