import { describe, expect, it } from 'vitest';
import { contrastRatio, defaultOrgSettings } from '@alumni/shared';
import { applyBrandVariables, brandCssVariables, mix, pageBackground, readableOn, softTint, type StyleTarget } from './brand-colours';

describe('brand colours as CSS variables', () => {
  it('leaves the stylesheet’s own colours while the branding is unread or at the defaults', () => {
    const none = { '--brand-primary': null, '--brand-primary-hover': null, '--brand-primary-soft': null, '--brand-accent': null };
    expect(brandCssVariables(null)).toEqual(none);
    expect(brandCssVariables({ primaryColour: defaultOrgSettings.primaryColour, accentColour: defaultOrgSettings.accentColour.toUpperCase() })).toEqual(none);
    expect(brandCssVariables({ primaryColour: 'not a colour', accentColour: '' })).toEqual(none);
  });

  it('sets the primary colour with a darker hover and a light tint it still reads on, and the accent for links', () => {
    const v = brandCssVariables({ primaryColour: '#7a1f5c', accentColour: '#0b5d3b' });
    expect(v['--brand-primary']).toBe('#7a1f5c');
    expect(v['--brand-accent']).toBe('#0b5d3b');
    const hover = v['--brand-primary-hover'] ?? '';
    const soft = v['--brand-primary-soft'] ?? '';
    expect(contrastRatio(hover, '#ffffff')).toBeGreaterThan(contrastRatio('#7a1f5c', '#ffffff'));
    expect(contrastRatio('#7a1f5c', soft)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(soft, '#ffffff')).toBeLessThan(1.3);
  });

  it('darkens a colour that passes on white but not on the page’s grey just enough', () => {
    // #767676 is 4.54:1 on white, just under 4.5:1 on the page background.
    expect(contrastRatio('#767676', pageBackground)).toBeLessThan(4.5);
    const fixed = readableOn('#767676', pageBackground);
    expect(contrastRatio(fixed, pageBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(fixed, pageBackground)).toBeLessThan(5.5);
    expect(brandCssVariables({ primaryColour: '#767676', accentColour: '#767676' })['--brand-accent']).toBe(fixed);
    expect(readableOn('#1d4e89', pageBackground)).toBe('#1d4e89');
  });

  it('mixes channel by channel and tints towards white', () => {
    expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mix('#1d4e89', '#1d4e89', 0.3)).toBe('#1d4e89');
    expect(softTint('#000000')).toBe(mix('#000000', '#ffffff', 0.9));
  });

  it('sets and removes the variables on the root style', () => {
    const set = new Map<string, string>([['--brand-accent', '#123456']]);
    const style: StyleTarget = { setProperty: (name, value) => set.set(name, value), removeProperty: (name) => set.delete(name) };
    applyBrandVariables(style, brandCssVariables({ primaryColour: '#7a1f5c', accentColour: defaultOrgSettings.accentColour }));
    expect(set.get('--brand-primary')).toBe('#7a1f5c');
    expect(set.has('--brand-accent')).toBe(false);
  });
});
