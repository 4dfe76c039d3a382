// How a contact can be reached, as pages, editions, e-mails and vCards show it.
import { describe, expect, it } from 'vitest';
import { collectContacts, contactMeans } from '../../src/contacts/directory.ts';
import { vcard } from '../../src/contacts/vcard.ts';
import { contactSchema } from '../../src/release/contact-schema.ts';
import { parsePhone } from '../../src/lib/phone.ts';

describe('contactMeans', () => {
  it('lists e-mail, phone and mobile in that order, numbers readable and linked in E.164', () => {
    expect(contactMeans({ name: 'Ana Pérez', mobile: '+593 99 123 4567', phone: '+593.2.22.53.948', email: 'aperez@iom.int' })).toEqual([
      { kind: 'email', text: 'aperez@iom.int', href: 'mailto:aperez@iom.int' },
      { kind: 'phone', text: '+593\u00a02\u00a0225\u00a03948', href: 'tel:+59322253948' },
      { kind: 'mobile', text: '+593\u00a099\u00a0123\u00a04567', href: 'tel:+593991234567' },
    ]);
  });

  it('shows a number it cannot read as written, without a link', () => {
    expect(contactMeans({ name: 'X', mobile: '+000 12' })).toEqual([{ kind: 'mobile', text: '+000\u00a012' }]);
  });

  it('has nothing to show for a contact known by name only', () => {
    expect(contactMeans({ name: 'Press office' })).toEqual([]);
  });
});

describe('parsePhone', () => {
  it('reads a national number as one of the country it is given, and as written without one, whichever comes first', () => {
    expect(parsePhone('(01) 221 7209')).toEqual({ display: '(01)\u00a0221\u00a07209' });
    expect(parsePhone('(01) 221 7209', 'PE')).toEqual({ display: '+51\u00a01\u00a02217209', e164: '+5112217209' });
    expect(parsePhone('(01) 221 7209')).toEqual({ display: '(01)\u00a0221\u00a07209' });
  });
});

describe('a mobile number', () => {
  it('is checked like a phone number', () => {
    const result = contactSchema.safeParse({ name: 'X', mobile: '099 123 4567' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ['mobile'], message: expect.stringContaining('international form') });
  });

  it('is a cell number in the vCard', () => {
    const card = vcard({ name: 'Ana Pérez', phone: '+593 2 225 3948', mobile: '+593 99 123 4567' }, { organization: 'OIM', lang: 'es', uid: 'https://example.org/x' });
    expect(card).toContain('TEL;VALUE=uri;TYPE=work,voice:tel:+59322253948\r\n');
    expect(card).toContain('TEL;VALUE=uri;TYPE=cell,voice:tel:+593991234567\r\n');
  });
});

describe('collectContacts', () => {
  it('lists a person once, with the details of the first mention, completed by later ones', () => {
    const first = { name: 'Ana Pérez', email: 'aperez@iom.int', phone: '+593 2 225 3948' };
    const later = { name: 'Ana Perez', email: 'APerez@iom.int', phone: '+593 2 225 3900', mobile: '+593 99 123 4567', office: 'OIM Quito' };
    const [entry, ...rest] = collectContacts([
      { contacts: [first], release: 'new' },
      { contacts: [later], release: 'old' },
    ]);
    expect(rest).toEqual([]);
    expect(entry).toEqual({
      slug: 'ana-perez',
      contact: { name: 'Ana Pérez', email: 'aperez@iom.int', phone: '+593 2 225 3948', mobile: '+593 99 123 4567', office: 'OIM Quito' },
      releases: ['new', 'old'],
    });
  });
});
