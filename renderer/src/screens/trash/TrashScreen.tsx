// Scaffold: being built now; replaced by the real screen in this change set.
export function TrashScreen() {
  return <h1>TrashScreen</h1>;
}
