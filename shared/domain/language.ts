import { z } from 'zod';

/**
 * The app's own languages: its screens, the checks' messages, calendars, CSV lists and amounts.
 * Documents can be printed in more (Chinese, or two at once): that is `DocumentLanguage` in
 * documents/options.ts, a different type on purpose, so a screen is never asked for Chinese.
 */
export const AppLanguage = z.enum(['sv', 'en']);
export type AppLanguage = z.infer<typeof AppLanguage>;
