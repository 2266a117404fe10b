import { api } from '../app/api.js';

export interface SignInResult {
  status: 'signed-in' | 'totp-required';
  csrfToken: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export const authApi = {
  login: (email: string, password: string) => api.post<SignInResult>('/auth/login', { email, password }),
  totp: (code: string) => api.post<SignInResult>('/auth/totp', { code }),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword }),
  sessions: () => api.get<{ items: SessionInfo[] }>('/auth/sessions'),
  revokeSession: (id: string) => api.del(`/auth/sessions/${encodeURIComponent(id)}`),
  totpSetup: () => api.post<TotpSetup>('/auth/totp/setup'),
  totpEnable: (code: string) => api.post<void>('/auth/totp/enable', { code }),
  totpDisable: (password: string) => api.post<void>('/auth/totp/disable', { password }),
};

export const MIN_PASSWORD = 10;
