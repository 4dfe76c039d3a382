// What a media contact is, for releases and for the site's standing contacts.
import { z } from 'astro/zod';

const text = z.string().trim().min(1, 'must not be empty');

export const contactSchema = z.strictObject({
  name: text,
  role: text.optional(),
  office: text.optional(),
  email: z.email('must be an e-mail address such as name@example.org').optional(),
  // Written in international form (+51 1 633 0000); shown and linked in normalised form.
  phone: z
    .string()
    .trim()
    .regex(/^\+[\d\s().\/-]{6,}$/, 'must be a phone number in international form, starting with + and the country code')
    .optional(),
});
export type Contact = z.infer<typeof contactSchema>;
