// Media advisories with their calendars, the Upcoming pages, and the release kit, as a journalist downloads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';

const newsroom = inject('newsroomDist');
const content = inject('newsroomContent');
const served = (path: string) => readFileSync(join(newsroom, path));
const page = (path: string) => parse(served(`${path}index.html`).toString('utf8'));
const frontMatter = (file: string) => parseYaml(readFileSync(join(content, 'communiques', file), 'utf8').split('\n---')[0]!.replace(/^---\n/, ''));

/** The events of a calendar file, read back with a library: start and end as instants, summary, location. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), zone: e.startDate.zone?.tzid, end: e.endDate?.toJSDate().toISOString(), summary: e.summary, location: e.location };
  });
}

describe('a media advisory', () => {
  const advisory = frontMatter('fr/2026-avis-conference-lima.md');
  const doc = page('2026/avis-conference-lima/');

  it('says when in its own time zone, with the offset, where, and how to attend', () => {
    const box = doc.querySelector('.event')!;
    expect(box.querySelector('time')!.getAttribute('datetime')).toBe(advisory.event.start);
    // The build runs in UTC: 10:00 in Lima is 15:00 there, and the page says 10:00.
    expect(box.querySelector('time')!.textContent).toMatch(/^jeudi 12 mars 2099, 10:00\s*–\s*11:30$/);
    expect(box.querySelector('.event__zone')!.textContent).toBe('(heure normale du Pérou, UTC−05:00)');
    expect(box.text).toContain(advisory.event.place);
    expect(box.text).toContain(advisory.event.address);
    expect(box.querySelector(`a[href="${advisory.event.online}"]`)).not.toBeNull();
    expect(box.querySelector('.event__past')).toBeNull();
    expect(box.querySelector('a[type="text/calendar"]')!.getAttribute('href')).toBe('/2026/avis-conference-lima.ics');
  });

  it('gives a calendar file that reads back as the front matter says, with its time zone', () => {
    const [event, ...more] = events(served('2026/avis-conference-lima.ics').toString('utf8'));
    expect(more).toEqual([]);
    expect(event).toEqual({
      uid: 'https://communiques.example.org/2026/avis-conference-lima/',
      start: new Date(advisory.event.start).toISOString(),
      zone: 'America/Lima',
      end: new Date(advisory.event.end).toISOString(),
      summary: 'Avis aux médias : conférence de presse sur la traite des personnes à Lima',
      location: `${advisory.event.place}, ${advisory.event.address}`,
    });
    expect(served('2026/avis-conference-lima.ics').toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n[\s\S]*BEGIN:VTIMEZONE\r\nTZID:America\/Lima\r\n/);
  });

  it('is an Event in its structured data', () => {
    const graph = doc.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => {
      const data = JSON.parse(s.textContent);
      return data['@graph'] ?? [data];
    });
    const event = graph.find((d) => d['@type'] === 'Event')!;
    expect(event).toMatchObject({
      startDate: advisory.event.start,
      endDate: advisory.event.end,
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [{ '@type': 'Place', name: advisory.event.place, address: advisory.event.address }, { '@type': 'VirtualLocation', url: advisory.event.online }],
      url: 'https://communiques.example.org/2026/avis-conference-lima/',
    });
  });

  it('says so once its event has taken place, and leaves the Upcoming page for the archives', () => {
    const briefing = page('en/2019/briefing-geneva/');
    expect(briefing.querySelector('.event__past')!.textContent).toBe('This event has taken place.');
    expect(briefing.querySelector('.event__zone')!.textContent).toBe('(UTC+02:00)');
    expect(page('en/upcoming/').querySelector('a[href="/en/2019/briefing-geneva/"]')).toBeNull();
    expect(page('en/2019/').querySelector('a[href="/en/2019/briefing-geneva/"]')).not.toBeNull();
  });
});

describe('the Upcoming pages', () => {
  it('list the events not yet ended, in their own language first, then the others’ under their language, once per release', () => {
    const fr = page('a-venir/');
    expect(fr.querySelectorAll('.listing .card__title a').map((a) => a.getAttribute('href'))).toEqual(['/2026/avis-conference-lima/']);
    expect(fr.querySelector('.listing__others')).toBeNull();
    expect(fr.querySelector('.page__intro')!.textContent).toMatch(/^Liste arrêtée à la dernière mise à jour du site, le \d{1,2} \S+ \d{4}\.$/);
    const en = page('en/upcoming/');
    expect(en.querySelector('.empty')!.textContent).toBe('No event has been announced for now.');
    const others = en.querySelectorAll('.listing__others');
    expect(others.map((o) => o.querySelector('h2')!.textContent)).toEqual(['Also available in French']);
    const card = others[0]!.querySelector('.card')!;
    expect(card.getAttribute('lang')).toBe('fr');
    expect(card.querySelector('a')!.getAttribute('hreflang')).toBe('fr');
    expect(card.querySelector('.card__event')!.textContent).toContain('10:00');
  });

  it('each offer a calendar of their language’s events, past ones too, and never a held one', () => {
    expect(page('en/upcoming/').querySelector('a[type="text/calendar"]')!.getAttribute('href')).toBe('/en/upcoming/calendar.ics');
    const en = events(served('en/upcoming/calendar.ics').toString('utf8'));
    expect(en.map((e) => e.uid)).toEqual(['https://communiques.example.org/en/2019/briefing-geneva/']);
    expect(en[0]!.start).toBe(new Date('2019-05-03T10:30:00+02:00').toISOString());
    const es = events(served('es/proximos-eventos/calendar.ics').toString('utf8'));
    expect(es.map((e) => e.uid)).toEqual(['https://communiques.example.org/es/2026/aviso-conferencia-lima/']);
    const fr = served('a-venir/calendar.ics').toString('utf8');
    expect(events(fr).map((e) => e.uid)).toEqual(['https://communiques.example.org/2026/avis-conference-lima/']);
    expect(fr).not.toContain('ZZDRAFTMARKER');
  });
});

describe('a release kit', () => {
  const unzip = (path: string) => unzipSync(new Uint8Array(served(path)));

  it('holds the editions, the photos at full size with their credits, and each contact’s vCard', () => {
    const kit = unzip('2018/formation-lima.zip');
    expect(Object.keys(kit).sort()).toEqual(['contacts/ines-calderon.vcf', 'formation-lima.md', 'formation-lima.txt', 'photos/credits.txt', 'photos/formation-lima.png']);
    expect(strFromU8(kit['formation-lima.txt']!)).toBe(served('2018/formation-lima.txt').toString('utf8'));
    expect(strFromU8(kit['formation-lima.md']!)).toBe(served('2018/formation-lima.md').toString('utf8'));
    expect(Buffer.from(kit['photos/formation-lima.png']!).equals(readFileSync(join(content, 'images/formation-lima.png')))).toBe(true);
    expect(strFromU8(kit['photos/credits.txt']!)).toContain('formation-lima.png — La salle de formation de l’École de la magistrature — © OIM 2018');
    expect(strFromU8(kit['contacts/ines-calderon.vcf']!)).toBe(served('contacts/ines-calderon.vcf').toString('utf8'));
  });

  it('holds each chart’s data and the event’s calendar file', () => {
    const site = inject('siteDist');
    const kit = unzipSync(new Uint8Array(readFileSync(join(site, '2017/procureurs-traite-perou.zip'))));
    expect(strFromU8(kit['charts/chart-1.csv']!)).toBe(readFileSync(join(site, '2017/procureurs-traite-perou/chart-1.csv'), 'utf8'));
    const advisory = unzip('2026/avis-conference-lima.zip');
    expect(strFromU8(advisory['avis-conference-lima.ics']!)).toBe(served('2026/avis-conference-lima.ics').toString('utf8'));
  });

  it('is linked beside the copy-ready editions, with its size', () => {
    const link = page('2018/formation-lima/').querySelector('.editions a[href="/2018/formation-lima.zip"]')!;
    const size = served('2018/formation-lima.zip').byteLength;
    expect(link.textContent).toBe(`Dossier complet (.zip, ${Math.round(size / 1000)}\u202fko)`);
  });
});
