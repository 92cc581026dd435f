// Every URL the manifest names: https, on the pane's origin, and (in a build folder) a file that exists.
'use strict';

const fs = require('fs');
const path = require('path');
const { children, descendants, elementPath, first, text } = require('../parse-xml');

/** Every URL the manifest names, with the element that names it. */
function allUrls(root, byId) {
  const urls = [];
  const add = (element, value) => value && urls.push({ where: elementPath(element), url: value });
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const element = first(root, name);
    if (element) add(element, element.getAttribute('DefaultValue'));
  }
  const source = first(first(root, 'DefaultSettings'), 'SourceLocation');
  if (source) add(source, source.getAttribute('DefaultValue'));
  for (const { collection, element } of byId.values()) {
    if (collection !== 'Images' && collection !== 'Urls') continue;
    add(element, element.getAttribute('DefaultValue'));
    for (const override of children(element, 'Override'))
      add(override, override.getAttribute('Value'));
  }
  for (const domain of descendants(root, 'AppDomain')) add(domain, text(domain));
  return urls;
}

function checkUrls(urls, origin) {
  const problems = [];
  for (const { where, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where} holds "${url}", which is not a URL.`);
      continue;
    }
    if (parsed.protocol !== 'https:')
      problems.push(`${where} holds ${url}; Office loads add-ins only over https.`);
    if (origin && parsed.origin !== origin)
      problems.push(`${where} holds ${url}, outside the add-in's origin ${origin}.`);
  }
  return problems;
}

/**
 * Where a URL's file sits on disk. `files.base` is the folder URL of the pane (taskpane.html's
 * folder): the build's root, whether it is served at / or under a path such as /shenbao/.
 */
function localFile(url, files) {
  const href = new URL(url).href;
  const relative =
    files.base && href.startsWith(files.base)
      ? href.slice(files.base.length)
      : new URL(url).pathname.slice(1);
  return path.join(files.root, decodeURIComponent(relative.split(/[?#]/)[0]));
}

/** In a built folder (dist/), every page the manifest names must be there (images: checkIcons). */
function checkBuiltFiles(urls, files) {
  const problems = [];
  for (const { where, url } of urls) {
    let file;
    try {
      file = localFile(url, files);
    } catch {
      continue; // an unparsable URL is reported by checkUrls
    }
    if (file.endsWith('.png')) continue;
    if (!fs.existsSync(file))
      problems.push(
        `${where} names ${url}, but the build has no ${path.relative(files.root, file)}.`,
      );
  }
  return problems;
}

module.exports = { allUrls, checkUrls, localFile, checkBuiltFiles };
