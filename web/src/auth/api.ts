import { type Answer, answer, client } from '../app/api.js';

export type SignInResult = Answer<'/auth/login', 'post'>;
export type SessionInfo = Answer<'/auth/sessions', 'get'>['items'][number];
export type TotpSetup = Answer<'/auth/totp/setup', 'post'>;

export const authApi = {
  login: (email: string, password: string) =>
    answer(client.POST('/auth/login', { body: { email, password } })),
  totp: (code: string) => answer(client.POST('/auth/totp', { body: { code } })),
  changePassword: (currentPassword: string, newPassword: string) =>
    answer(client.POST('/auth/password', { body: { currentPassword, newPassword } })),
  sessions: () => answer(client.GET('/auth/sessions')),
  revokeSession: (id: string) => answer(client.DELETE('/auth/sessions/{id}', { params: { path: { id } } })),
  totpSetup: () => answer(client.POST('/auth/totp/setup')),
  totpEnable: (code: string) => answer(client.POST('/auth/totp/enable', { body: { code } })),
  totpDisable: (password: string) => answer(client.POST('/auth/totp/disable', { body: { password } })),
};

export const MIN_PASSWORD = 10;
