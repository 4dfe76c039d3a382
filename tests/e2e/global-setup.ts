// Serves the test sites on 127.0.0.1 for the browser tests; their addresses reach the tests through the environment.
import { testSites } from '../helpers/test-sites.ts';
import { serve } from '../helpers/serve.ts';
import { injectionSite } from '../helpers/bad-content.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const sites = await testSites();
  const newsroom = await serve(sites.newsroomDist);
  const bundled = await serve(sites.siteDist);
  const injection = await serve(await injectionSite());
  process.env.NEWSROOM_URL = newsroom.url;
  process.env.SITE_URL = bundled.url;
  process.env.INJECTION_URL = injection.url;
  return async () => {
    await Promise.all([newsroom.close(), bundled.close(), injection.close()]);
  };
}
