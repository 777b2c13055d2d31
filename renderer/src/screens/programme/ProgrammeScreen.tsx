// Scaffold: being built now; replaced by the real screen in this change set.
export function ProgrammeScreen() {
  return <h1>ProgrammeScreen</h1>;
}
