// The ribbon: a group on the Home tab with 一键校验 (runCheck in the function file) and the pane button.
'use strict';

const { descendants, first, text, xsiType } = require('../parse-xml');

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

module.exports = { checkRibbon };
