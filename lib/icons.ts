/**
 * The icon sizes StageLens ships (public/icon/<size>.png, rendered by scripts/icons.ts):
 * 16 and 32 for the toolbar (1× and 2× screens), 48 for the extensions page, 96 for Firefox's
 * add-ons manager on 2× screens, 128 for the Chrome Web Store and the install dialog.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** `{ "16": "icon/16.png", … }`, the form the manifest's `icons` and `action.default_icon` take. */
export const iconPaths = (sizes: readonly number[] = ICON_SIZES): Record<string, string> => Object.fromEntries(sizes.map((s) => [String(s), `icon/${s}.png`]));
