import { KeyboardSensor, type KeyboardSensorOptions, type SensorInstance, type SensorProps } from '@dnd-kit/core';

/**
 * The keyboard half of a card's drag: Space lifts, the arrow keys pick a place, Space or Enter drops,
 * Escape puts it back. Written here rather than taken from dnd-kit because dnd-kit's KeyboardSensor
 * starts listening one timer task after the lift (`setTimeout`, so that the lifting key is not also
 * read as the drop), and Chromium runs input before timers: an arrow pressed right after Space, by a
 * quick hand or on a busy laptop, reached the card instead and was lost. This sensor listens at once
 * and skips only the very event that lifted the card. It keeps dnd-kit's activator (Space on a card)
 * and its options (`keyboardCodes`, `coordinateGetter`), so the board's own logic is unchanged: the
 * coordinate getter moves the board's target and announces it, and returns no coordinates.
 */
export class PromptKeyboardSensor implements SensorInstance {
  static activators = KeyboardSensor.activators;

  autoScrollEnabled = false;
  private readonly document: Document;
  private readonly window: Window;

  constructor(private readonly props: SensorProps<KeyboardSensorOptions>) {
    const target = props.event.target as Node | null;
    this.document = target?.ownerDocument ?? document;
    this.window = this.document.defaultView ?? window;
    this.document.addEventListener('keydown', this.onKeyDown);
    this.window.addEventListener('resize', this.onCancel);
    this.window.addEventListener('visibilitychange', this.onCancel);
    props.onStart({ x: 0, y: 0 });
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    // The key that lifted the card bubbles up to the document after this sensor exists.
    if (event === this.props.event) return;
    const { keyboardCodes, coordinateGetter } = this.props.options;
    if (keyboardCodes?.end.includes(event.code)) {
      event.preventDefault();
      this.detach();
      this.props.onEnd();
    } else if (keyboardCodes?.cancel.includes(event.code)) {
      this.onCancel(event);
    } else if (coordinateGetter) {
      const { context, active } = this.props;
      const moved = coordinateGetter(event, { active, context: context.current, currentCoordinates: { x: 0, y: 0 } });
      if (moved) this.props.onMove(moved);
    }
  };

  private readonly onCancel = (event: Event) => {
    event.preventDefault();
    this.detach();
    this.props.onCancel();
  };

  private detach() {
    this.document.removeEventListener('keydown', this.onKeyDown);
    this.window.removeEventListener('resize', this.onCancel);
    this.window.removeEventListener('visibilitychange', this.onCancel);
  }
}
