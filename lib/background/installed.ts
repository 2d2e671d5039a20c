/**
 * What the background does when the browser reports the extension installed or updated
 * (runtime.onInstalled): the welcome page opens on a first install only — never on an update,
 * a browser update or a reload of an unpacked build, which would open it again and again.
 */
export const WELCOME_PAGE = '/welcome.html';

export const opensWelcome = (reason: string | undefined): boolean => reason === 'install';
