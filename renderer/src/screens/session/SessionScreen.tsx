// Scaffold: being built now; replaced by the real screen in this change set.
export function SessionScreen() {
  return <h1>SessionScreen</h1>;
}
