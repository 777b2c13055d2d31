import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { Toaster } from 'sonner';
import { DirectoryScreen } from '../screens/directory/DirectoryScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { ProgrammeScreen } from '../screens/programme/ProgrammeScreen.js';
import { SessionScreen } from '../screens/session/SessionScreen.js';
import { SettingsScreen } from '../screens/settings/SettingsScreen.js';
import { TrashScreen } from '../screens/trash/TrashScreen.js';
import { applyLocale } from '../i18n/setup.js';
import { useCall } from './client.js';
import { Layout } from './Layout.js';

/** Keeps the UI language in step with the stored setting (changed here, in another window, or by the menu). */
function useStoredLanguage() {
  const settings = useCall('settings.get', {});
  const language = settings.data?.language;
  useEffect(() => {
    if (settings.isSuccess) void applyLocale(language ?? null);
  }, [settings.isSuccess, language]);
}

/** Hash routing: the same build works from file:// in Electron and from the HTTP host. */
export function App() {
  useStoredLanguage();
  return (
    <HashRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomeScreen />} />
          <Route path="programmes/:programmeId" element={<ProgrammeScreen />} />
          <Route path="sessions/:sessionId" element={<SessionScreen />} />
          <Route path="directory" element={<DirectoryScreen />} />
          <Route path="trash" element={<TrashScreen />} />
          <Route path="settings" element={<SettingsScreen />} />
        </Route>
      </Routes>
      <Toaster position="bottom-right" richColors closeButton />
    </HashRouter>
  );
}
