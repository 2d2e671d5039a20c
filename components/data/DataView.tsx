/** Data: export, import, shops, settings, label mappings, storage. */
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { LabelMapsPanel } from './LabelMapsPanel';
import { SettingsForm } from './SettingsForm';
import { ShopsPanel } from './ShopsPanel';
import { StoragePanel } from './StoragePanel';

export function DataView() {
  return (
    <>
      <ExportPanel />
      <ImportPanel />
      <SettingsForm />
      <ShopsPanel />
      <LabelMapsPanel />
      <StoragePanel />
    </>
  );
}
