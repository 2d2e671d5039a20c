/** Data: backup, export, import, team folder, settings, live alerts, shops, label mappings, storage. */
import { AlertSettings } from './AlertSettings';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LabelMapsPanel } from './LabelMapsPanel';
import { SettingsForm } from './SettingsForm';
import { ShopsPanel } from './ShopsPanel';
import { StoragePanel } from './StoragePanel';
import { TeamFolderPanel } from './TeamFolderPanel';

export function DataView() {
  return (
    <>
      <BackupPanel />
      <ExportPanel />
      <ImportPanel />
      <TeamFolderPanel />
      <SettingsForm />
      <AlertSettings />
      <ShopsPanel />
      <LabelMapsPanel />
      <StoragePanel />
    </>
  );
}
