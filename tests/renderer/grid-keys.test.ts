import { describe, expect, it } from 'vitest';
import { gridCommand, undoCommand } from '../../renderer/src/screens/roster/grid-keys';

const plain = { ctrl: false, alt: false, meta: false };
const ctrl = { ...plain, ctrl: true };

describe('grid keys', () => {
  it('types a name with letters and digits, as in a spreadsheet cell', () => {
    expect(gridCommand('a', plain, false)).toEqual({ type: 'type', text: 'a' });
    expect(gridCommand('Đ', plain, false)).toEqual({ type: 'type', text: 'Đ' });
    expect(gridCommand('9', plain, false)).toEqual({ type: 'type', text: '9' });
    expect(gridCommand('a', plain, true)).toBeNull();
  });

  it('walks with the arrows and Tab, opens with Enter or F2, clears with Delete, locks with Ctrl+L', () => {
    expect(gridCommand('ArrowLeft', plain, false)).toEqual({ type: 'go', direction: 'left' });
    expect(gridCommand('Tab', plain, false)).toEqual({ type: 'next', step: 1 });
    expect(gridCommand('Tab', { ...plain, shift: true }, false)).toEqual({ type: 'next', step: -1 });
    expect(gridCommand('Enter', plain, false)).toEqual({ type: 'open' });
    expect(gridCommand('F2', plain, false)).toEqual({ type: 'open' });
    expect(gridCommand('Delete', plain, false)).toEqual({ type: 'clear' });
    expect(gridCommand('l', ctrl, false)).toEqual({ type: 'lock' });
  });

  it('moves a person with Ctrl+X, the arrows and Enter or Ctrl+V; Escape or Ctrl+X again puts them back', () => {
    expect(gridCommand('x', ctrl, false)).toEqual({ type: 'pickUp' });
    expect(gridCommand('ArrowDown', plain, true)).toEqual({ type: 'go', direction: 'down' });
    expect(gridCommand('Enter', plain, true)).toEqual({ type: 'drop' });
    expect(gridCommand('v', ctrl, true)).toEqual({ type: 'drop' });
    expect(gridCommand('Escape', plain, true)).toEqual({ type: 'cancel' });
    expect(gridCommand('X', ctrl, true)).toEqual({ type: 'cancel' });
    expect(gridCommand('Delete', plain, true)).toBeNull();
  });

  it('leaves undo, paste of a name and other shortcuts to the editor and the browser', () => {
    expect(gridCommand('z', ctrl, false)).toBeNull();
    expect(gridCommand('v', ctrl, false)).toBeNull();
    expect(gridCommand('a', { ...plain, alt: true }, false)).toBeNull();
  });

  it('maps Ctrl+Z to undo and Ctrl+Y or Ctrl+Shift+Z to redo', () => {
    expect(undoCommand('z', { ctrl: true, meta: false, shift: false })).toBe('undo');
    expect(undoCommand('Z', { ctrl: true, meta: false, shift: true })).toBe('redo');
    expect(undoCommand('y', { ctrl: false, meta: true, shift: false })).toBe('redo');
    expect(undoCommand('z', { ctrl: false, meta: false, shift: false })).toBeNull();
  });
});
