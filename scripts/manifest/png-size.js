// Reads a PNG's pixel size from its IHDR chunk: enough to check icon sizes without an image library.
'use strict';

const fs = require('fs');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** @returns {{ width: number, height: number } | null} null when the file is not a PNG. */
function pngSize(file) {
  const head = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

module.exports = { pngSize };
