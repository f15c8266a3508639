import { describe, expect, it } from 'vitest';
import { chooseRenderer, isSoftwareRenderer } from '../../../src/domain/renderer';

// Renderer strings as Chromium, Firefox and Safari report them on real machines.
const SOFTWARE = [
  'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
  'Google SwiftShader',
  'llvmpipe (LLVM 15.0.6, 256 bits)',
  'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'Software Rasterizer',
];
const HARDWARE = [
  'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
  'ANGLE (Intel, Mesa Intel(R) UHD Graphics 620 (KBL GT2), OpenGL 4.6)',
  'Apple M1',
  'AMD Radeon Pro 5500M OpenGL Engine',
];

describe('renderer choice', () => {
  it('recognises software rasterisers by their renderer string', () => {
    for (const s of SOFTWARE) expect(isSoftwareRenderer(s), s).toBe(true);
    for (const s of HARDWARE) expect(isSoftwareRenderer(s), s).toBe(false);
  });

  it('draws the 2D map where WebGL is missing, whatever the link asks', () => {
    for (const setting of ['auto', '2d', 'webgl'] as const) expect(chooseRenderer(setting, { kind: 'none' })).toBe('2d');
  });

  it('follows the link where WebGL exists', () => {
    expect(chooseRenderer('2d', { kind: 'renderer', name: HARDWARE[0]! })).toBe('2d');
    expect(chooseRenderer('webgl', { kind: 'renderer', name: SOFTWARE[0]! })).toBe('webgl');
    expect(chooseRenderer('webgl', { kind: 'unknown' })).toBe('webgl');
  });

  it('by default uses WebGL only on a hardware renderer, and waits until the renderer is known', () => {
    expect(chooseRenderer('auto', { kind: 'renderer', name: HARDWARE[1]! })).toBe('webgl');
    expect(chooseRenderer('auto', { kind: 'renderer', name: SOFTWARE[0]! })).toBe('2d');
    expect(chooseRenderer('auto', { kind: 'unknown' })).toBe('undecided');
  });
});
