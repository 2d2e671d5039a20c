/**
 * The origins a team folder may live on, declared as optional host permissions: any https server
 * (坚果云, Nextcloud, a hosted NAS) or an http one (a NAS on the office network). Only the one
 * origin the user enters is ever requested, when they set the folder up.
 */
export const TEAM_FOLDER_ORIGINS = ['https://*/*', 'http://*/*'];
