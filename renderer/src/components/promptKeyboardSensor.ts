import { KeyboardSensor } from '@dnd-kit/core';

/**
 * dnd-kit's KeyboardSensor, listening from the moment a card or row is lifted.
 *
 * The stock sensor starts listening for the keys that move and drop what was lifted one timer task
 * after the lift (`setTimeout`, so that the lifting key itself is not read as the drop). Chromium runs
 * input before timers, so an arrow pressed right after Space, by a quick hand or on a busy laptop,
 * reached the focused element instead and was lost. This sensor listens at once and skips only the
 * very event that lifted. Everything else (activator, key codes, coordinate getters, scrolling) is
 * dnd-kit's own: only `attach`, which its constructor calls, is replaced.
 *
 * `attach` and the members it uses are private in dnd-kit's types, so they are reached through the
 * prototype; test/unit/prompt-keyboard-sensor.test.ts fails if an upgrade of @dnd-kit/core changes them.
 */
export class PromptKeyboardSensor extends KeyboardSensor {}

/** The parts of dnd-kit's KeyboardSensor (6.x) that `attach` uses. */
export interface KeyboardSensorInternals {
  props: { event: Event };
  listeners: { add(eventName: string, handler: (event: Event) => void): void };
  windowListeners: { add(eventName: string, handler: (event: Event) => void): void };
  handleStart(): void;
  handleKeyDown(event: Event): void;
  handleCancel(event: Event): void;
}

function attachAtOnce(this: KeyboardSensorInternals) {
  this.handleStart();
  this.windowListeners.add('resize', this.handleCancel);
  this.windowListeners.add('visibilitychange', this.handleCancel);
  // The lifting keydown is still on its way up to the document: it must not also drop.
  const lifting = this.props.event;
  this.listeners.add('keydown', (event) => {
    if (event !== lifting) this.handleKeyDown(event);
  });
}

(PromptKeyboardSensor.prototype as unknown as { attach: typeof attachAtOnce }).attach = attachAtOnce;
