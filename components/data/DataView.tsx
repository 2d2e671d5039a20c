/** Data: export, import, team folder, shops, settings, label mappings, storage. */
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
      <ExportPanel />
      <ImportPanel />
      <TeamFolderPanel />
      <SettingsForm />
      <ShopsPanel />
      <LabelMapsPanel />
      <StoragePanel />
    </>
  );
}
