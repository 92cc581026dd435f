// Parses the manifest as XML with jsdom's DOMParser (a real XML parser: namespaces, entities,
// well-formedness), never with regular expressions.
'use strict';

const { JSDOM } = require('jsdom');

const PARSER_ERROR_NS = 'http://www.mozilla.org/newlayout/xml/parsererror.xml';

/**
 * @returns {{ document: Document } | { error: string }} the document, or why it is not well-formed
 *   (jsdom reports "line:column: reason").
 */
function parseXml(text) {
  const { DOMParser } = new JSDOM('').window;
  const document = new DOMParser().parseFromString(text, 'application/xml');
  const root = document.documentElement;
  if (!root || root.namespaceURI === PARSER_ERROR_NS || root.localName === 'parsererror') {
    return { error: root ? root.textContent.trim() : 'empty document' };
  }
  return { document };
}

/** Child elements of `parent` with this local name, whatever their namespace prefix. */
function children(parent, localName) {
  return [...parent.children].filter(
    (child) => localName === undefined || child.localName === localName,
  );
}

/** All descendants of `parent` with this local name. */
function descendants(parent, localName) {
  return [...parent.getElementsByTagNameNS('*', localName)];
}

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

function xsiType(element) {
  return element.getAttributeNS(XSI_NS, 'type');
}

/** Where an element sits, for messages: OfficeApp/VersionOverrides/…/Control[id="Shenbao.CheckButton"]. */
function elementPath(element) {
  const names = [];
  for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
    const id = node.getAttribute('id');
    names.unshift(id ? `${node.localName}[id="${id}"]` : node.localName);
  }
  return names.join('/');
}

function first(parent, localName) {
  return parent ? children(parent, localName)[0] : undefined;
}

function text(element) {
  return element ? element.textContent.trim() : '';
}

module.exports = { parseXml, children, descendants, first, text, xsiType, elementPath };
