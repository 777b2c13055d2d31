// Scaffold: being built now; replaced by the real screen in this change set.
export function DirectoryScreen() {
  return <h1>DirectoryScreen</h1>;
}
