// The icons: each PNG present, at the pixel size the manifest uses it at.
'use strict';

const fs = require('fs');
const path = require('path');
const { children, descendants, elementPath, first } = require('../parse-xml');
const { pngSize } = require('../png-size');
const { localFile } = require('./urls');

const RIBBON_ICON_SIZES = ['16', '32', '80'];

function checkIcon(where, url, size, files) {
  const file = localFile(url, files);
  if (!fs.existsSync(file))
    return [`${where} points to ${url}, but ${path.relative(process.cwd(), file)} does not exist.`];
  const pixels = pngSize(file);
  if (!pixels) return [`${path.relative(process.cwd(), file)} (${where}) is not a PNG.`];
  if (pixels.width !== size || pixels.height !== size) {
    return [
      `${path.relative(process.cwd(), file)} (${where}) is ${pixels.width}×${pixels.height} pixels; it must be ${size}×${size}.`,
    ];
  }
  return [];
}

/** IconUrl is 32 px, HighResolutionIconUrl 64 px, and each ribbon image the size its Image asks for. */
function checkIcons(root, byId, files) {
  const problems = [];
  for (const [name, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ]) {
    const element = first(root, name);
    if (element)
      problems.push(
        ...safeIcon(`OfficeApp/${name}`, element.getAttribute('DefaultValue'), size, files),
      );
  }
  for (const icon of descendants(root, 'Icon')) {
    const sizes = children(icon, 'Image').map((image) => image.getAttribute('size'));
    const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length)
      problems.push(
        `${elementPath(icon)} lacks the ${missing.join(', ')} px image(s) the ribbon needs.`,
      );
    for (const image of children(icon, 'Image')) {
      const resource = byId.get(image.getAttribute('resid'));
      if (resource && resource.collection === 'Images') {
        problems.push(
          ...safeIcon(
            `the image "${image.getAttribute('resid')}"`,
            resource.element.getAttribute('DefaultValue'),
            Number(image.getAttribute('size')),
            files,
          ),
        );
      }
    }
  }
  return [...new Set(problems)];
}

function safeIcon(where, url, size, files) {
  try {
    return checkIcon(where, url, size, files);
  } catch {
    return []; // an unparsable URL is reported by checkUrls
  }
}

module.exports = { checkIcons };
