// Limits and fixed choices the manifest rules share: Office's string lengths and Shenbao's locales.
'use strict';

const DEFAULT_LOCALE = 'zh-CN';
const OVERRIDE_LOCALE = 'en-US';
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

module.exports = { DEFAULT_LOCALE, OVERRIDE_LOCALE, SHORT_STRING_MAX, LONG_STRING_MAX };
