#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png): the glyph 申 in white on a rounded square of
// Fluent's brand blue. Office asks for 16, 32 and 80 px on the ribbon (and 20/24/40/48/64 on some
// scalings) and 64/128 in the add-in catalogue. The PNGs are committed; run this only to redraw them.
// Needs ImageMagick and a CJK font: apt-get install -y imagemagick fonts-noto-cjk
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const SIZES = [16, 32, 64, 80, 128];
const BRAND_BLUE = '#0F6CBD';
const FONT_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];
const ASSETS = path.resolve(__dirname, '..', 'assets');

/** ImageMagick 7 is `magick`; 6 is `convert` (skip look-alikes earlier on PATH: try the real paths). */
function findImageMagick() {
  for (const candidate of ['magick', '/usr/bin/convert', 'convert']) {
    try {
      const version = execFileSync(candidate, ['-version'], { encoding: 'utf8', stdio: 'pipe' });
      if (version.includes('ImageMagick')) return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

function drawIcon(magick, font, size) {
  const radius = Math.max(2, Math.round(size * 0.18));
  const out = path.join(ASSETS, `icon-${size}.png`);
  execFileSync(magick, [
    '-size',
    `${size}x${size}`,
    'xc:none',
    '-fill',
    BRAND_BLUE,
    '-draw',
    `roundrectangle 0,0 ${size - 1},${size - 1} ${radius},${radius}`,
    '-font',
    font,
    '-fill',
    'white',
    '-gravity',
    'center',
    '-pointsize',
    String(Math.round(size * 0.78)),
    '-annotate',
    '+0+0',
    '申',
    '-depth',
    '8',
    '-strip',
    out,
  ]);
  return out;
}

function main() {
  const magick = findImageMagick();
  const font = FONT_CANDIDATES.find((file) => fs.existsSync(file));
  if (!magick || !font) {
    console.error(
      'make-icons: needs ImageMagick and the Noto CJK font; install them with "apt-get install -y imagemagick fonts-noto-cjk".',
    );
    process.exit(1);
  }
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const size of SIZES) console.log(path.relative(process.cwd(), drawIcon(magick, font, size)));
}

if (require.main === module) main();

module.exports = { SIZES };
