import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

/** The application menu in the worker's language; standard roles keep OS shortcuts working. */
export function applyMenu(t: TFunction, version: string): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: t('file'), submenu: [{ role: 'quit', label: t('quit') }] },
    {
      label: t('edit'),
      submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
    },
    {
      label: t('view'),
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { label: t('window'), submenu: [{ role: 'minimize' }, { role: 'close' }] },
    {
      label: t('help'),
      submenu: [
        {
          label: t('about'),
          click: () => void dialog.showMessageBox({ title: t('about'), message: 'Verbind', detail: t('aboutDetail', { version }) }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  app.setAboutPanelOptions({ applicationName: 'Verbind', applicationVersion: version });
}
