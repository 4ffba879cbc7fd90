import { translator, type Translate } from './index';

const sv = translator('sv');
const en = translator('en');

/** One text in both languages as the tab API answers it: Swedish `message`, English `messageEn`. */
export interface Bilingual {
  readonly message: string;
  readonly messageEn: string;
}

/** `text` written once for both languages: Swedish first, English second. */
export function bilingual(text: (t: Translate) => string): Bilingual {
  return { message: text(sv), messageEn: text(en) };
}
