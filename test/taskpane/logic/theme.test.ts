import { luminance, pickTheme } from '../../../src/taskpane/logic/theme';

const media = (matching: string[]) => (query: string) => ({ matches: matching.includes(query) });

describe('pickTheme', () => {
  it('follows Office: dark grey and black are dark, colourful and white are light', () => {
    expect(pickTheme({ officeBackground: '#262626' })).toBe('dark');
    expect(pickTheme({ officeBackground: '#000000' })).toBe('dark');
    expect(pickTheme({ officeBackground: '#e6e6e6' })).toBe('light');
    expect(pickTheme({ officeBackground: '#fff' })).toBe('light');
  });

  it('takes high contrast whenever the system forces colours, even over Office', () => {
    expect(pickTheme({ officeBackground: '#ffffff', matchMedia: media(['(forced-colors: active)']) })).toBe('contrast');
  });

  it('follows the system colour scheme in a plain browser', () => {
    expect(pickTheme({ matchMedia: media(['(prefers-color-scheme: dark)']) })).toBe('dark');
    expect(pickTheme({ matchMedia: media([]) })).toBe('light');
    expect(pickTheme({})).toBe('light');
  });

  it('reads #rgb and #rrggbb and refuses anything else', () => {
    expect(luminance('#000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('red')).toBeNull();
  });
});
