// What Shenbao's manifest must be, beyond well-formed XML. Each check returns problem sentences
// naming the element; an empty list means the manifest passes it. The checks follow the Office
// add-in manifest reference (schema 1.1, VersionOverrides 1.0) and this product's own choices.
'use strict';

const fs = require('fs');
const path = require('path');
const { children, descendants, xsiType, elementPath } = require('./parse-xml');
const { pngSize } = require('./png-size');

const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';

/** The schema's order of OfficeApp's children for a task pane add-in; starred ones are required. */
const TOP_LEVEL_ORDER = [
  'Id*',
  'AlternateId',
  'Version*',
  'ProviderName*',
  'DefaultLocale*',
  'DisplayName*',
  'Description*',
  'IconUrl*',
  'HighResolutionIconUrl*',
  'SupportUrl*',
  'AppDomains',
  'Hosts*',
  'Requirements*',
  'DefaultSettings*',
  'Permissions*',
  'AllowSnapshot',
  'VersionOverrides*',
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that are not ours: the empty GUID and the one every `yo office` Excel project starts with. */
const NOT_OUR_IDS = [
  '00000000-0000-0000-0000-000000000000',
  '05c2e1c9-3e1d-406e-9a91-e9ac64854143',
];

const DEFAULT_LOCALE = 'zh-CN';
const OVERRIDE_LOCALE = 'en-US';
const EXCEL_API_MINIMUM = '1.4';
const PERMISSION = 'ReadWriteDocument';
const RIBBON_ICON_SIZES = ['16', '32', '80'];
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
const RESID_MAX = 32;

/** Which resource collection a `resid` on each element must point into. */
const RESID_COLLECTION = {
  Image: 'Images',
  FunctionFile: 'Urls',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

function text(element) {
  return element ? element.textContent.trim() : '';
}

function first(parent, localName) {
  return parent ? children(parent, localName)[0] : undefined;
}

function checkRoot(root) {
  const problems = [];
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_APP_NS) {
    problems.push(
      `the root element must be OfficeApp in ${OFFICE_APP_NS}, not ${root.localName} in ${root.namespaceURI}.`,
    );
  }
  if (xsiType(root) !== 'TaskPaneApp')
    problems.push(`OfficeApp must be xsi:type="TaskPaneApp", not "${xsiType(root)}".`);
  return problems;
}

function checkTopLevelOrder(root) {
  const problems = [];
  const known = TOP_LEVEL_ORDER.map((name) => name.replace('*', ''));
  const present = children(root).map((child) => child.localName);
  for (const name of TOP_LEVEL_ORDER.filter((entry) => entry.endsWith('*'))) {
    const bare = name.slice(0, -1);
    if (!present.includes(bare)) problems.push(`OfficeApp has no ${bare} element; it is required.`);
  }
  for (const name of present) {
    if (!known.includes(name))
      problems.push(`OfficeApp/${name} is not an element of a task pane manifest.`);
  }
  const positions = present
    .filter((name) => known.includes(name))
    .map((name) => known.indexOf(name));
  positions.forEach((position, index) => {
    if (index > 0 && position < positions[index - 1]) {
      problems.push(
        `OfficeApp/${known[position]} must come before OfficeApp/${known[positions[index - 1]]} (the schema fixes the order).`,
      );
    }
  });
  return problems;
}

function checkIdentity(root) {
  const problems = [];
  const id = text(first(root, 'Id'));
  if (!GUID.test(id)) problems.push(`OfficeApp/Id "${id}" is not a GUID.`);
  else if (NOT_OUR_IDS.includes(id.toLowerCase()))
    problems.push(`OfficeApp/Id ${id} is a template's id, not this add-in's own; make a new GUID.`);
  const version = text(first(root, 'Version'));
  if (!/^\d+(\.\d+){0,3}$/.test(version))
    problems.push(`OfficeApp/Version "${version}" must be up to four numbers separated by dots.`);
  const locale = text(first(root, 'DefaultLocale'));
  if (locale !== DEFAULT_LOCALE)
    problems.push(`OfficeApp/DefaultLocale is "${locale}"; Shenbao's is ${DEFAULT_LOCALE}.`);
  return problems;
}

/** DisplayName and Description: a default value and the English override, within the length limits. */
function checkLocalisedTopLevel(root) {
  const problems = [];
  for (const [name, max] of [
    ['DisplayName', SHORT_STRING_MAX],
    ['Description', LONG_STRING_MAX],
  ]) {
    const element = first(root, name);
    if (!element) continue;
    const value = element.getAttribute('DefaultValue') || '';
    if (!value) problems.push(`OfficeApp/${name} has no DefaultValue.`);
    if (value.length > max)
      problems.push(
        `OfficeApp/${name} is ${value.length} characters long; at most ${max} are allowed.`,
      );
    const english = children(element, 'Override').find(
      (override) => override.getAttribute('Locale') === OVERRIDE_LOCALE,
    );
    if (!english || !english.getAttribute('Value'))
      problems.push(`OfficeApp/${name} has no ${OVERRIDE_LOCALE} Override.`);
    else if (english.getAttribute('Value').length > max)
      problems.push(
        `OfficeApp/${name}'s ${OVERRIDE_LOCALE} Override is longer than ${max} characters.`,
      );
  }
  return problems;
}

function checkHostAndPermissions(root) {
  const problems = [];
  const hosts = children(first(root, 'Hosts') || root, 'Host').map((host) =>
    host.getAttribute('Name'),
  );
  if (hosts.length !== 1 || hosts[0] !== 'Workbook')
    problems.push(
      `OfficeApp/Hosts must name only Workbook (Excel), not ${hosts.join(', ') || 'nothing'}.`,
    );
  const permission = text(first(root, 'Permissions'));
  if (permission !== PERMISSION)
    problems.push(`OfficeApp/Permissions is "${permission}"; it must be exactly ${PERMISSION}.`);
  return problems;
}

function checkRequirements(root) {
  const requirements = first(root, 'Requirements');
  const excel = (requirements ? descendants(requirements, 'Set') : []).find(
    (set) => set.getAttribute('Name') === 'ExcelApi',
  );
  if (!excel) return ['OfficeApp/Requirements/Sets has no ExcelApi set.'];
  const min = excel.getAttribute('MinVersion');
  return min === EXCEL_API_MINIMUM
    ? []
    : [
        `OfficeApp/Requirements asks for ExcelApi ${min}; Shenbao's minimum is ${EXCEL_API_MINIMUM} (Excel 2016 and later).`,
      ];
}

/** Every resource by id, with the collection it sits in. */
function resourcesById(root) {
  const byId = new Map();
  const problems = [];
  const resources = descendants(root, 'Resources')[0];
  if (!resources) return { byId, problems: ['VersionOverrides has no Resources element.'] };
  for (const collection of children(resources)) {
    for (const resource of children(collection)) {
      const id = resource.getAttribute('id');
      if (!id) problems.push(`${elementPath(resource)} has no id.`);
      else if (byId.has(id)) problems.push(`the resource id "${id}" is used twice.`);
      else byId.set(id, { collection: collection.localName, element: resource });
      if (id && id.length > RESID_MAX)
        problems.push(`the resource id "${id}" is longer than ${RESID_MAX} characters.`);
    }
  }
  return { byId, problems };
}

function checkResourceReferences(root, byId) {
  const problems = [];
  const referenced = new Set();
  for (const element of root.querySelectorAll('[resid]')) {
    const resid = element.getAttribute('resid');
    referenced.add(resid);
    const wanted = RESID_COLLECTION[element.localName];
    const found = byId.get(resid);
    if (!found)
      problems.push(
        `${elementPath(element)} refers to the resource "${resid}", which Resources does not define.`,
      );
    else if (wanted && found.collection !== wanted)
      problems.push(
        `${elementPath(element)} refers to "${resid}" in ${found.collection}; it must be in ${wanted}.`,
      );
  }
  for (const id of byId.keys())
    if (!referenced.has(id)) problems.push(`the resource "${id}" is defined but never used.`);
  return problems;
}

function checkStrings(byId) {
  const problems = [];
  for (const [id, { collection, element }] of byId) {
    if (collection !== 'ShortStrings' && collection !== 'LongStrings') continue;
    const max = collection === 'ShortStrings' ? SHORT_STRING_MAX : LONG_STRING_MAX;
    const values = [element.getAttribute('DefaultValue') || ''];
    const english = children(element, 'Override').find(
      (override) => override.getAttribute('Locale') === OVERRIDE_LOCALE,
    );
    if (!values[0]) problems.push(`the string "${id}" has no DefaultValue.`);
    if (!english) problems.push(`the string "${id}" has no ${OVERRIDE_LOCALE} Override.`);
    else values.push(english.getAttribute('Value') || '');
    if (values.some((value) => value.length > max))
      problems.push(`the string "${id}" is longer than the ${max} characters ${collection} allow.`);
  }
  return problems;
}

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

/** The ribbon: a group on Home with 一键校验 (runCheck in the function file) and the pane button. */
function checkRibbon(root, byId, paneUrl) {
  const problems = [];
  const hosts = descendants(root, 'Host').filter((host) => xsiType(host));
  if (hosts.length !== 1 || xsiType(hosts[0]) !== 'Workbook')
    problems.push('VersionOverrides must have one Host of xsi:type="Workbook".');
  const tabs = descendants(root, 'OfficeTab').map((tab) => tab.getAttribute('id'));
  if (!tabs.includes('TabHome'))
    problems.push('the ribbon group must sit on the Home tab (OfficeTab id="TabHome").');
  const controls = descendants(root, 'Control');
  const ids = controls.map((control) => control.getAttribute('id'));
  for (const id of new Set(ids))
    if (ids.filter((other) => other === id).length > 1)
      problems.push(`the control id "${id}" is used twice.`);
  const actions = controls.map((control) => first(control, 'Action')).filter(Boolean);
  const execute = actions.find((action) => xsiType(action) === 'ExecuteFunction');
  if (!execute)
    problems.push('no ribbon button runs a function (Action xsi:type="ExecuteFunction").');
  else if (text(first(execute, 'FunctionName')) !== 'runCheck')
    problems.push(
      `the ExecuteFunction button runs "${text(first(execute, 'FunctionName'))}"; the command file associates runCheck.`,
    );
  if (execute && descendants(root, 'FunctionFile').length === 0)
    problems.push('a button runs a function but there is no FunctionFile.');
  const show = actions.find((action) => xsiType(action) === 'ShowTaskpane');
  if (!show)
    problems.push('no ribbon button opens the task pane (Action xsi:type="ShowTaskpane").');
  else {
    const resource = byId.get(
      (first(show, 'SourceLocation') || { getAttribute: () => '' }).getAttribute('resid'),
    );
    if (resource && paneUrl && resource.element.getAttribute('DefaultValue') !== paneUrl) {
      problems.push(
        `the ShowTaskpane button opens ${resource.element.getAttribute('DefaultValue')}, not the pane at ${paneUrl}.`,
      );
    }
  }
  return problems;
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

module.exports = {
  EXCEL_API_MINIMUM,
  PERMISSION,
  checkRoot,
  checkTopLevelOrder,
  checkIdentity,
  checkLocalisedTopLevel,
  checkHostAndPermissions,
  checkRequirements,
  resourcesById,
  checkResourceReferences,
  checkStrings,
  allUrls,
  checkUrls,
  checkIcons,
  checkRibbon,
  checkBuiltFiles,
  localFile,
  first,
  text,
};
