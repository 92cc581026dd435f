// Runs every manifest rule on one manifest file and gathers the problems, each prefixed with the
// file name so a reader knows where to look.
'use strict';

const fs = require('fs');
const path = require('path');
const { parseXml } = require('./parse-xml');
const rules = require('./rules');

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
  const { byId, problems: resourceProblems } = rules.resourcesById(root);
  const source = rules.first(rules.first(root, 'DefaultSettings'), 'SourceLocation');
  const paneUrl = source ? source.getAttribute('DefaultValue') : null;
  let origin = null;
  try {
    origin = new URL(paneUrl).origin;
  } catch {
    // reported below: the pane URL is checked with every other URL
  }
  const urls = rules.allUrls(root, byId);
  const built = fs.existsSync(path.join(filesRoot, 'taskpane.html'));
  let base = null;
  try {
    base = new URL('.', paneUrl).href;
  } catch {
    // no pane URL: files are looked up by their URL path from filesRoot
  }
  const files = { root: filesRoot, base };

  const problems = [
    ...rules.checkRoot(root),
    ...rules.checkTopLevelOrder(root),
    ...rules.checkIdentity(root),
    ...rules.checkLocalisedTopLevel(root),
    ...rules.checkHostAndPermissions(root),
    ...rules.checkRequirements(root),
    ...resourceProblems,
    ...rules.checkResourceReferences(root, byId),
    ...rules.checkStrings(byId),
    ...rules.checkUrls(urls, origin),
    ...rules.checkIcons(root, byId, files),
    ...rules.checkRibbon(root, byId, paneUrl),
    ...(built ? rules.checkBuiltFiles(urls, files) : []),
  ].map((problem) => `${name}: ${problem}`);

  const summary = {
    id: rules.text(rules.first(root, 'Id')),
    displayName: (rules.first(root, 'DisplayName') || { getAttribute: () => '' }).getAttribute(
      'DefaultValue',
    ),
    origin,
    urls: urls.length,
    resources: byId.size,
    built,
  };
  return { problems, summary };
}

module.exports = { checkManifestFile };
