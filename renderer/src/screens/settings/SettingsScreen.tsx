// Scaffold: being built now; replaced by the real screen in this change set.
export function SettingsScreen() {
  return <h1>SettingsScreen</h1>;
}
