/** The renderer is served from this custom origin, never from file:// or the network. */
export const appScheme = 'app';
export const appHost = 'verbind';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
