import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../main/shell/window-options';

describe('main window options', () => {
  it('keep the renderer isolated and sandboxed', () => {
    const { webPreferences } = mainWindowOptions('/app/preload.cjs', undefined);
    expect(webPreferences).toMatchInlineSnapshot(`
      {
        "allowRunningInsecureContent": false,
        "contextIsolation": true,
        "devTools": true,
        "experimentalFeatures": false,
        "navigateOnDragDrop": false,
        "nodeIntegration": false,
        "nodeIntegrationInSubFrames": false,
        "nodeIntegrationInWorker": false,
        "preload": "/app/preload.cjs",
        "safeDialogs": true,
        "sandbox": true,
        "spellcheck": true,
        "webSecurity": true,
        "webviewTag": false,
      }
    `);
  });

  it('restore the remembered size and position', () => {
    const options = mainWindowOptions('/p', { width: 1400, height: 900, x: 10, y: 20, maximized: false });
    expect(options).toMatchObject({ width: 1400, height: 900, x: 10, y: 20 });
    expect(mainWindowOptions('/p', undefined)).not.toHaveProperty('x');
  });
});
