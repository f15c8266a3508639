/** The English catalogue is the reference: its keys are the message keys, and English is the fallback. */
import en from './locales/en.json';

export { en };
export type MessageKey = keyof typeof en;
