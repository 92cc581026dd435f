// The Resources of VersionOverrides: every id unique, defined where it is referred to, used, and
// every string in both languages within Office's length limits.
'use strict';

const { children, descendants, elementPath } = require('../parse-xml');
const { OVERRIDE_LOCALE, SHORT_STRING_MAX, LONG_STRING_MAX } = require('./limits');

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

module.exports = { resourcesById, checkResourceReferences, checkStrings };
