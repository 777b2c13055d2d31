// Scaffold: being built now; replaced by the real screen in this change set.
export function HomeScreen() {
  return <h1>HomeScreen</h1>;
}
