// The sites the tests need, built once: the bundled content and the test newsroom. A test run started by
// `npm test` builds them first and passes their folders on in COMMUNIQUES_TEST_SITES; a runner started alone builds them itself.
import { buildSite } from './build.ts';
import { composeNewsroom } from './fixture-site.ts';

export interface TestSites {
  siteDist: string;
  newsroomDist: string;
  newsroomContent: string;
  newsroomOutput: string;
}

export async function testSites(): Promise<TestSites> {
  if (process.env.COMMUNIQUES_TEST_SITES) return JSON.parse(process.env.COMMUNIQUES_TEST_SITES) as TestSites;
  const [site, content] = [await buildSite('content'), await composeNewsroom()];
  if (site.code !== 0) throw new Error(`The bundled content did not build:\n${site.output}`);
  const newsroom = await buildSite(content);
  if (newsroom.code !== 0) throw new Error(`The test newsroom did not build:\n${newsroom.output}`);
  const sites = { siteDist: site.outDir, newsroomDist: newsroom.outDir, newsroomContent: content, newsroomOutput: newsroom.output };
  process.env.COMMUNIQUES_TEST_SITES = JSON.stringify(sites);
  return sites;
}
