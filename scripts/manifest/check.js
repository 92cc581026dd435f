// Runs every manifest rule on one manifest file and gathers the problems, each prefixed with the
// file name so a reader knows where to look.
'use strict';

const fs = require('fs');
const path = require('path');
const { first, parseXml, text } = require('./parse-xml');
const document = require('./rules/document');
const resources = require('./rules/resources');
const urls = require('./rules/urls');
const { checkIcons } = require('./rules/icons');
const { checkRibbon } = require('./rules/ribbon');

/**
 * @param {string} manifestFile path to manifest.xml
 * @param {{ filesRoot?: string }} [options] where URL paths are looked up (default: the manifest's
 *   folder, which holds assets/ in the repository and everything in dist/)
 * @returns {{ problems: string[], summary: object | null }}
 */
function checkManifestFile(manifestFile, { filesRoot = path.dirname(manifestFile) } = {}) {
  const name = path.basename(manifestFile);
  if (!fs.existsSync(manifestFile))
    return { problems: [`${manifestFile} does not exist.`], summary: null };
  const parsed = parseXml(fs.readFileSync(manifestFile, 'utf8'));
  if (parsed.error)
    return { problems: [`${name} is not well-formed XML: ${parsed.error}`], summary: null };

  const root = parsed.document.documentElement;
  const { byId, problems: resourceProblems } = resources.resourcesById(root);
  const source = first(first(root, 'DefaultSettings'), 'SourceLocation');
  const paneUrl = source ? source.getAttribute('DefaultValue') : null;
  const named = urls.allUrls(root, byId);
  const built = fs.existsSync(path.join(filesRoot, 'taskpane.html'));
  // The pane's origin, and its folder URL (the build's root, also when served under a path).
  let origin = null;
  let base = null;
  try {
    origin = new URL(paneUrl).origin;
    base = new URL('.', paneUrl).href;
  } catch {
    // reported by checkUrls with every other URL; files are then looked up by URL path
  }
  const files = { root: filesRoot, base };

  const problems = [
    ...document.checkRoot(root),
    ...document.checkTopLevelOrder(root),
    ...document.checkIdentity(root),
    ...document.checkLocalisedTopLevel(root),
    ...document.checkHostAndPermissions(root),
    ...document.checkRequirements(root),
    ...resourceProblems,
    ...resources.checkResourceReferences(root, byId),
    ...resources.checkStrings(byId),
    ...urls.checkUrls(named, origin),
    ...checkIcons(root, byId, files),
    ...checkRibbon(root, byId, paneUrl),
    ...(built ? urls.checkBuiltFiles(named, files) : []),
  ].map((problem) => `${name}: ${problem}`);

  const displayName = first(root, 'DisplayName');
  const summary = {
    id: text(first(root, 'Id')),
    displayName: displayName ? displayName.getAttribute('DefaultValue') : '',
    origin,
    urls: named.length,
    resources: byId.size,
    built,
  };
  return { problems, summary };
}

module.exports = { checkManifestFile };
