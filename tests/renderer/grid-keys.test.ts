import { describe, expect, it } from 'vitest';
import { gridCommand, undoCommand } from '../../renderer/src/screens/roster/grid-keys';

const plain = { ctrl: false, alt: false, meta: false };

describe('grid keys', () => {
  it('walks with the arrows, opens with Enter, clears with Delete, locks with L', () => {
    expect(gridCommand('ArrowLeft', plain, false)).toEqual({ type: 'go', direction: 'left' });
    expect(gridCommand('Enter', plain, false)).toEqual({ type: 'open' });
    expect(gridCommand('Delete', plain, false)).toEqual({ type: 'clear' });
    expect(gridCommand('L', plain, false)).toEqual({ type: 'lock' });
    expect(gridCommand('l', plain, false)).toEqual({ type: 'lock' });
  });

  it('moves a person with M, the arrows and Enter; Escape or M again puts them back', () => {
    expect(gridCommand('m', plain, false)).toEqual({ type: 'pickUp' });
    expect(gridCommand('ArrowDown', plain, true)).toEqual({ type: 'go', direction: 'down' });
    expect(gridCommand('Enter', plain, true)).toEqual({ type: 'drop' });
    expect(gridCommand('Escape', plain, true)).toEqual({ type: 'cancel' });
    expect(gridCommand('M', plain, true)).toEqual({ type: 'cancel' });
    expect(gridCommand('Delete', plain, true)).toBeNull();
  });

  it('leaves shortcuts with modifiers alone', () => {
    expect(gridCommand('z', { ...plain, ctrl: true }, false)).toBeNull();
    expect(gridCommand('x', plain, false)).toBeNull();
  });

  it('maps Ctrl+Z to undo and Ctrl+Y or Ctrl+Shift+Z to redo', () => {
    expect(undoCommand('z', { ctrl: true, meta: false, shift: false })).toBe('undo');
    expect(undoCommand('Z', { ctrl: true, meta: false, shift: true })).toBe('redo');
    expect(undoCommand('y', { ctrl: false, meta: true, shift: false })).toBe('redo');
    expect(undoCommand('z', { ctrl: false, meta: false, shift: false })).toBeNull();
  });
});
