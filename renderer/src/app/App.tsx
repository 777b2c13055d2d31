import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router';
import { AgendaScreen } from '../screens/agenda/AgendaScreen.js';
import { ProgrammeBoardScreen, SessionBoardScreen } from '../screens/board/BoardScreen.js';
import { CaptureScreen } from '../screens/capture/CaptureScreen.js';
import { DirectoryScreen } from '../screens/directory/DirectoryScreen.js';
import { ImportScreen } from '../screens/export/ImportScreen.js';
import { HomeScreen } from '../screens/home/HomeScreen.js';
import { MinutesScreen } from '../screens/minutes/MinutesScreen.js';
import { OpinionsScreen } from '../screens/opinions/OpinionsScreen.js';
import { PrintAgenda } from '../screens/print/PrintAgenda.js';
import { ProgrammeScreen } from '../screens/programme/ProgrammeScreen.js';
import { ProjectorScreen } from '../screens/projector/ProjectorScreen.js';
import { RecoveryRoute } from '../screens/recovery/RecoveryRoute.js';
import { RunScreen } from '../screens/run/RunScreen.js';
import { SearchScreen } from '../screens/search/SearchScreen.js';
import { SearchShortcut } from '../screens/search/SearchShortcut.js';
import { SessionScreen } from '../screens/session/SessionScreen.js';
import { SettingsScreen } from '../screens/settings/SettingsScreen.js';
import { TrashScreen } from '../screens/trash/TrashScreen.js';
import { UnitScreen } from '../screens/units/UnitScreen.js';
import { applyLocale } from '../i18n/setup.js';
import { AppToaster } from './AppToaster.js';
import { useCall } from './client.js';
import { Layout } from './Layout.js';
import { SessionLayout } from './SessionLayout.js';
import { AppCommands } from './commands.js';

/** Keeps the UI language in step with the stored setting (changed here, in another window, or by the menu). */
function useStoredLanguage() {
  const settings = useCall('settings.get', {});
  const language = settings.data?.language;
  useEffect(() => {
    if (settings.isSuccess) void applyLocale(language ?? null);
  }, [settings.isSuccess, language]);
}

/**
 * Hash routing: the same build works from app://convene/ in Electron and from the HTTP host. Navigations
 * render at once (no transition): the data is local and mostly cached, and a transition spreads
 * the new screen over several frames (about half of the 100 ms budget to open the capture screen)
 * for nothing to show meanwhile.
 */
export function App() {
  useStoredLanguage();
  return (
    <HashRouter useTransitions={false}>
      <AppCommands />
      <Routes>
        <Route
          element={
            <>
              <SearchShortcut />
              <Layout />
            </>
          }
        >
          <Route index element={<HomeScreen />} />
          <Route path="programmes/:programmeId" element={<ProgrammeScreen />} />
          <Route path="programmes/:programmeId/opinions" element={<OpinionsScreen />} />
          <Route path="search" element={<SearchScreen />} />
          <Route path="sessions/:sessionId" element={<SessionLayout />}>
            <Route index element={<SessionScreen />} />
            <Route path="agenda" element={<AgendaScreen />} />
            <Route path="run" element={<RunScreen />} />
            <Route path="capture" element={<CaptureScreen />} />
            <Route path="board" element={<SessionBoardScreen />} />
            <Route path="minutes" element={<MinutesScreen />} />
          </Route>
          <Route path="programmes/:programmeId/board" element={<ProgrammeBoardScreen />} />
          <Route path="units/:unitId" element={<UnitScreen />} />
          <Route path="directory" element={<DirectoryScreen />} />
          <Route path="trash" element={<TrashScreen />} />
          <Route path="settings" element={<SettingsScreen />} />
          <Route path="import" element={<ImportScreen />} />
        </Route>
        <Route path="projector/:sessionId" element={<ProjectorScreen />} />
        {/* Outside the layout: the recovery screen is a page of its own, as when the database is refused at start. */}
        <Route path="recovery" element={<RecoveryRoute />} />
        <Route path="sessions/:sessionId/print" element={<PrintAgenda />} />
      </Routes>
      <AppToaster />
    </HashRouter>
  );
}
