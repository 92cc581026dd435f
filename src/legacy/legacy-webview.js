/*
 * 申报助手 Shenbao: the notice for Excel builds whose web view is Internet Explorer 11 ("Trident",
 * volume-licensed Office 2016/2019) or Edge Legacy ("EdgeHTML", some retail builds). The pane's
 * own bundle (React 19, ES2020) cannot even parse there, so this file runs first, before
 * office.js, and explains at once instead of leaving "正在加载……" on screen.
 *
 * Plain ES5 on purpose (no let/const, arrow functions or template strings): it must parse in IE11.
 * webpack copies it into dist/ unchanged; test/legacy checks that it still parses as ES5.
 */
/* global window, document, navigator */
(function () {
  'use strict';

  /**
   * Microsoft's test for the old web views: IE11 says "Trident/", Edge Legacy says "Edge/".
   * Chromium Edge says "Edg/" (no e) and runs the pane, so it must not match.
   */
  function isLegacyWebView(userAgent) {
    return userAgent.indexOf('Trident/') !== -1 || userAgent.indexOf('Edge/') !== -1;
  }

  var userAgent = (navigator && navigator.userAgent) || '';
  if (!isLegacyWebView(userAgent)) return;

  // The pane's modern start-up (src/taskpane/start.tsx) reads this and does not start.
  window.__SHENBAO_LEGACY__ = true;

  // The modern bundles after this file fail to parse here; their SyntaxError is expected and must
  // not put a script-error dialog over the notice.
  window.onerror = function () {
    return true;
  };

  var TEXT_ZH =
    '此版本 Excel 使用旧版 Internet Explorer / Edge 浏览组件显示加载项，无法运行申报助手。' +
    '可以：① 在 Edge 或 Chrome 中打开本页面（浏览器模式，文件不会离开电脑）检查工作簿；' +
    '② 使用 Excel 网页版；③ 升级到 Microsoft 365 或 Excel 2021 及以上。';
  var TEXT_EN =
    'This Excel shows add-ins in the old Internet Explorer / Edge web view, which cannot run ' +
    'Shenbao. You can: ① open this page in Edge or Chrome (browser mode; the file never leaves ' +
    'your computer) to check the workbook; ② use Excel on the web; ③ update to Microsoft 365 or ' +
    'Excel 2021 or later.';
  var ADDRESS_LABEL =
    '浏览器模式地址（复制到 Edge 或 Chrome）/ Browser-mode address (copy into Edge or Chrome):';

  /** This page without the query Excel appends (_host_Info=…): the address a browser should open. */
  function browserModeAddress(location) {
    return location.protocol + '//' + location.host + location.pathname;
  }

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  function notice(address) {
    var box = element('div');
    box.id = 'legacy-webview-notice';
    box.setAttribute('role', 'alert');
    box.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    box.style.padding = '12px';
    box.style.lineHeight = '1.6';

    box.appendChild(element('p', TEXT_ZH));
    var english = element('p', TEXT_EN);
    english.setAttribute('lang', 'en');
    box.appendChild(english);

    box.appendChild(element('p', ADDRESS_LABEL));
    var link = element('a', address);
    link.href = address;
    link.target = '_blank';
    link.rel = 'noopener';
    box.appendChild(link);

    // A link may not open outside Excel in these web views; a selected text field can always be
    // copied with Ctrl+C.
    var field = element('input');
    field.type = 'text';
    field.readOnly = true;
    field.value = address;
    field.setAttribute('aria-label', ADDRESS_LABEL);
    field.style.display = 'block';
    field.style.width = '100%';
    field.style.boxSizing = 'border-box';
    field.style.marginTop = '8px';
    field.onfocus = function () {
      field.select();
    };
    box.appendChild(field);
    return box;
  }

  /**
   * The task pane has a #container; the ribbon's function file (commands.html) has none and gets no
   * notice: it registers nothing here, so the ribbon button does nothing visible in these builds,
   * and the pane is where the user reads why.
   */
  function showNotice() {
    var container = document.getElementById('container');
    if (!container) return;
    while (container.firstChild) container.removeChild(container.firstChild);
    container.appendChild(notice(browserModeAddress(window.location)));
  }

  // This file runs in <head>, before #container exists.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', showNotice);
  } else {
    showNotice();
  }
})();
