/** The app state by context, and the translator every component reads its words from. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from './app';

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppContext.Provider>');
  return app;
}

/** The translator for the current language (re-renders when the language changes). */
export const useT = () => useApp().settings.computed.t.value;
export const useLang = () => useApp().settings.computed.lang.value;
