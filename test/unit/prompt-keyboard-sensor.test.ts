import { KeyboardSensor } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { PromptKeyboardSensor, type KeyboardSensorInternals } from '../../renderer/src/components/promptKeyboardSensor.js';

/**
 * The sensor replaces one private method of dnd-kit's KeyboardSensor (see its file). If an upgrade
 * of @dnd-kit/core renames or reshapes what it relies on, this fails instead of the board silently
 * losing keys. The browser behaviour is test/e2e/keyboard-lift.spec.ts.
 */
describe('PromptKeyboardSensor', () => {
  it('relies only on KeyboardSensor members that exist in this dnd-kit', () => {
    const proto = KeyboardSensor.prototype as unknown as Record<string, unknown>;
    for (const name of ['attach', 'handleStart', 'handleKeyDown', 'handleCancel', 'detach']) expect(typeof proto[name], name).toBe('function');
    // The constructor binds the handlers and builds both listener sets before it calls attach().
    const source = KeyboardSensor.toString();
    expect(source.indexOf('this.listeners = new Listeners')).toBeGreaterThan(-1);
    expect(source.indexOf('this.handleKeyDown = this.handleKeyDown.bind(this)')).toBeLessThan(source.indexOf('this.attach()'));
    expect(PromptKeyboardSensor.activators).toBe(KeyboardSensor.activators);
  });

  it('starts the drag and listens for keys at once, skipping only the key that lifted', () => {
    const lifting = { type: 'keydown', code: 'Space' } as unknown as Event;
    const calls: string[] = [];
    const keydown: ((event: Event) => void)[] = [];
    const windowEvents: string[] = [];
    const sensor = Object.create(PromptKeyboardSensor.prototype) as KeyboardSensorInternals & { attach(): void };
    Object.assign(sensor, {
      props: { event: lifting },
      listeners: { add: (name: string, handler: (event: Event) => void) => name === 'keydown' && keydown.push(handler) },
      windowListeners: { add: (name: string) => windowEvents.push(name) },
      handleStart: () => calls.push('start'),
      handleKeyDown: (event: Event) => calls.push(`key ${(event as KeyboardEvent).code}`),
      handleCancel: () => calls.push('cancel'),
    });
    sensor.attach();
    expect(calls).toEqual(['start']);
    expect(keydown).toHaveLength(1);
    expect(windowEvents.sort()).toEqual(['resize', 'visibilitychange']);

    keydown[0]!(lifting);
    keydown[0]!({ type: 'keydown', code: 'ArrowDown' } as unknown as Event);
    keydown[0]!({ type: 'keydown', code: 'Space' } as unknown as Event);
    expect(calls).toEqual(['start', 'key ArrowDown', 'key Space']);
  });
});
