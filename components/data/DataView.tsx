/** Data: backup, export, import, shops, settings, label mappings, storage. */
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LabelMapsPanel } from './LabelMapsPanel';
import { SettingsForm } from './SettingsForm';
import { ShopsPanel } from './ShopsPanel';
import { StoragePanel } from './StoragePanel';

export function DataView() {
  return (
    <>
      <BackupPanel />
      <ExportPanel />
      <ImportPanel />
      <SettingsForm />
      <ShopsPanel />
      <LabelMapsPanel />
      <StoragePanel />
    </>
  );
}
