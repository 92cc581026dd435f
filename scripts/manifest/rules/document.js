// The OfficeApp element itself: root and schema order, identity, names, host, permissions and
// the ExcelApi requirement.
'use strict';

const { children, descendants, first, text, xsiType } = require('../parse-xml');
const { DEFAULT_LOCALE, OVERRIDE_LOCALE, SHORT_STRING_MAX, LONG_STRING_MAX } = require('./limits');

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

const EXCEL_API_MINIMUM = '1.4';
const PERMISSION = 'ReadWriteDocument';

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

module.exports = {
  EXCEL_API_MINIMUM,
  PERMISSION,
  checkRoot,
  checkTopLevelOrder,
  checkIdentity,
  checkLocalisedTopLevel,
  checkHostAndPermissions,
  checkRequirements,
};
