import { useEffect, useRef } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router';
import { APP_COMMANDS, isAppCommand, type AppCommand } from '../../../shared/contract/bridge.js';
import { openProjectorWindow } from '../screens/run/projectorWindow.js';

/** Listens to the application menu's commands (Electron only; in a browser there is no menu). */
export function useAppCommand(handler: (command: AppCommand) => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const bridge = window.convene;
    if (!bridge?.onCommand) return;
    return bridge.onCommand((command) => {
      if (isAppCommand(command)) latest.current(command);
    });
  }, []);
}

/** Commands a screen handles itself (next speaker, export) arrive as this DOM event. */
export const SCREEN_COMMAND_EVENT = 'convene:command';

/**
 * The commands that need only the route: navigation, a new session in the current programme, the
 * capture line and the projector of the current session. The others are passed on to the screen
 * that owns them as a DOM event.
 */
export function AppCommands() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useAppCommand((command) => {
    const session = matchPath('/sessions/:sessionId/*', pathname) ?? matchPath('/sessions/:sessionId', pathname);
    const programme = matchPath('/programmes/:programmeId/*', pathname) ?? matchPath('/programmes/:programmeId', pathname);
    const sessionId = session?.params.sessionId;
    switch (command) {
      case APP_COMMANDS.home:
        return void navigate('/');
      case APP_COMMANDS.directory:
        return void navigate('/directory');
      case APP_COMMANDS.settings:
        return void navigate('/settings');
      case APP_COMMANDS.newSession:
        // The new-session form lives under each stage of a programme.
        return void navigate(programme?.params.programmeId ? `/programmes/${programme.params.programmeId}` : '/');
      case APP_COMMANDS.capture:
        if (sessionId) void navigate(`/sessions/${sessionId}/capture`);
        return;
      case APP_COMMANDS.projector:
        if (sessionId) openProjectorWindow(sessionId);
        return;
      default:
        window.dispatchEvent(new CustomEvent(SCREEN_COMMAND_EVENT, { detail: command }));
    }
  });
  return null;
}

/** For screens: react to a command passed on by AppCommands (e.g. next speaker in the Run view). */
export function useScreenCommand(command: AppCommand, handler: () => void) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      if ((event as CustomEvent<string>).detail === command) latest.current();
    };
    window.addEventListener(SCREEN_COMMAND_EVENT, listener);
    return () => window.removeEventListener(SCREEN_COMMAND_EVENT, listener);
  }, [command]);
}
