// What a media contact is, for releases and for the site's standing contacts.
import { z } from 'astro/zod';

// Invisible characters that can disguise what a reader sees (right-to-left overrides, zero-width spaces).
const INVISIBLE = /[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Text an author writes and readers see: trimmed, not empty, with no invisible control characters. */
export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((value, ctx) => {
    const m = INVISIBLE.exec(value);
    if (m) {
      const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      ctx.addIssue({ code: 'custom', message: `contains invisible control characters (U+${code} after "${value.slice(Math.max(0, m.index - 20), m.index)}"): retype it without them` });
    }
  });

// Written in international form (+51 1 633 0000); shown and linked in normalised form.
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+[\d\s().\/-]{6,}$/, 'must be a phone number in international form, starting with + and the country code');

export const contactSchema = z.strictObject({
  name: text,
  role: text.optional(),
  office: text.optional(),
  email: z.email('must be an e-mail address such as name@example.org').optional(),
  /** The office line. */
  phone: phoneNumber.optional(),
  /** A mobile number, which journalists on a deadline call first. */
  mobile: phoneNumber.optional(),
});
export type Contact = z.infer<typeof contactSchema>;
