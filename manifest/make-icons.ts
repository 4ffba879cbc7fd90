/**
 * Draws the two Teams app icons with pngjs and writes them next to this file:
 *
 *   color.png    192×192, white mark on a solid Malmö-blue background
 *   outline.png  32×32, white mark on a fully transparent background
 *
 * The mark is three interlinked rings (the förvaltningar working together).
 * The PNGs are committed; run `tsx manifest/make-icons.ts` to regenerate them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Accent colour of the app (same value as `accentColor` in the manifest template). */
export const ACCENT_RGB: readonly [number, number, number] = [0x00, 0x4f, 0x9f];

interface Ring {
  cx: number;
  cy: number;
  radius: number;
  stroke: number;
}

/** Samples per axis for anti-aliasing (SUPERSAMPLE² samples per pixel). */
const SUPERSAMPLE = 4;

/** Three rings on the corners of an equilateral triangle, in unit coordinates (0..1). */
export function ringsForMark(radius: number, spread: number, stroke: number): Ring[] {
  return [90, 210, 330].map((degrees) => {
    const angle = (degrees * Math.PI) / 180;
    return {
      cx: 0.5 + spread * Math.cos(angle),
      cy: 0.53 - spread * Math.sin(angle),
      radius,
      stroke,
    };
  });
}

function insideAnyRing(x: number, y: number, rings: readonly Ring[]): boolean {
  return rings.some((ring) => {
    const distance = Math.hypot(x - ring.cx, y - ring.cy);
    return Math.abs(distance - ring.radius) <= ring.stroke / 2;
  });
}

/** Fraction (0..1) of the pixel at (px, py) that the mark covers. */
function coverage(px: number, py: number, size: number, rings: readonly Ring[]): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
      const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
      if (insideAnyRing(x, y, rings)) hits++;
    }
  }
  return hits / (SUPERSAMPLE * SUPERSAMPLE);
}

function setPixel(png: PNG, x: number, y: number, rgba: readonly number[]): void {
  const offset = (png.width * y + x) * 4;
  rgba.forEach((value, channel) => {
    png.data[offset + channel] = value;
  });
}

/** 192×192: opaque accent background, white anti-aliased mark blended onto it. */
export function drawColorIcon(size = 192): PNG {
  const png = new PNG({ width: size, height: size });
  const rings = ringsForMark(0.17, 0.13, 0.055);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, rings);
      const rgb = ACCENT_RGB.map((channel) => Math.round(channel + (255 - channel) * c));
      setPixel(png, x, y, [...rgb, 255]);
    }
  }
  return png;
}

/** 32×32: only white (alpha carries the anti-aliasing) and fully transparent pixels. */
export function drawOutlineIcon(size = 32): PNG {
  const png = new PNG({ width: size, height: size });
  const rings = ringsForMark(0.2, 0.2, 0.08);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(x, y, size, rings) * 255);
      setPixel(png, x, y, alpha === 0 ? [0, 0, 0, 0] : [255, 255, 255, alpha]);
    }
  }
  return png;
}

export function writeIcons(dir: string = __dirname): string[] {
  const files: Array<[string, PNG]> = [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ];
  return files.map(([name, png]) => {
    const path = join(dir, name);
    writeFileSync(path, PNG.sync.write(png));
    return path;
  });
}

if (require.main === module) {
  for (const path of writeIcons()) console.log(path);
}
