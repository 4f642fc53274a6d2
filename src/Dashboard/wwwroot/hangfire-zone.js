// Hangfire's dashboard draws every time with moment.js in the viewer's own zone, and has no server option for it.
// The suite tells time in Jobs:TimeZone (Moscow by default) on every other page, so this script, added by the host to
// Hangfire's pages, makes moment answer in that zone: the offset of each instant comes from the browser's Intl tables,
// so zones with daylight saving are right on both sides of the change. Then it redraws what Hangfire has drawn already.
(function () {
    'use strict';
    var script = document.currentScript;
    var zone = script && script.getAttribute('data-zone');
    var original = window.moment;
    if (!zone || typeof original !== 'function') return;

    var parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
            hour: '2-digit', minute: '2-digit', second: '2-digit'
        });
    } catch (e) {
        return; // a zone this browser does not know: leave Hangfire as it is rather than show wrong times
    }

    function offsetMinutes(ms) {
        var p = {};
        parts.formatToParts(new Date(ms)).forEach(function (x) { p[x.type] = x.value; });
        var wall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
        return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
    }

    // Hangfire's moment bundle carries 14 locales and no Russian one, so its relative times read "in a few seconds"
    // on an otherwise Russian page. The suite's Russian for them, defined only when the bundle lacks it.
    if (original.locales().indexOf('ru') < 0) {
        var plural = function (forms, n) {
            var f = forms.split('_');
            return n % 10 === 1 && n % 100 !== 11 ? f[0] : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? f[1] : f[2];
        };
        var count = function (forms) { return function (n) { return n + ' ' + plural(forms, n); }; };
        original.defineLocale('ru', {
            months: 'января_февраля_марта_апреля_мая_июня_июля_августа_сентября_октября_ноября_декабря'.split('_'),
            monthsShort: 'янв_фев_мар_апр_мая_июн_июл_авг_сен_окт_ноя_дек'.split('_'),
            weekdays: 'воскресенье_понедельник_вторник_среда_четверг_пятница_суббота'.split('_'),
            weekdaysShort: 'вс_пн_вт_ср_чт_пт_сб'.split('_'),
            weekdaysMin: 'вс_пн_вт_ср_чт_пт_сб'.split('_'),
            longDateFormat: {
                LT: 'HH:mm', LTS: 'HH:mm:ss', L: 'DD.MM.YYYY', LL: 'D MMMM YYYY г.',
                LLL: 'D MMMM YYYY г., HH:mm', LLLL: 'dddd, D MMMM YYYY г., HH:mm',
                l: 'DD.MM.YYYY', llll: 'ddd, D MMM YYYY г., HH:mm'
            },
            relativeTime: {
                future: 'через %s', past: '%s назад', s: 'несколько секунд', ss: count('секунду_секунды_секунд'),
                m: 'минуту', mm: count('минуту_минуты_минут'), h: 'час', hh: count('час_часа_часов'),
                d: 'день', dd: count('день_дня_дней'), w: 'неделю', ww: count('неделю_недели_недель'),
                M: 'месяц', MM: count('месяц_месяца_месяцев'), y: 'год', yy: count('год_года_лет')
            },
            week: { dow: 1, doy: 4 }
        });
        original.locale(document.documentElement.lang || 'ru');
    }

    var zoned = function () {
        var m = original.apply(this, arguments);
        return m && m.isValid && m.isValid() ? m.utcOffset(offsetMinutes(m.valueOf())) : m;
    };
    Object.keys(original).forEach(function (key) { zoned[key] = original[key]; });
    zoned.prototype = original.prototype;
    zoned.fn = original.fn;
    window.moment = zoned;
    window.analyticsZone = zone;

    function at(el, name) {
        var value = el.getAttribute(name);
        return value ? zoned(value, 'X') : null;
    }

    function redraw() {
        document.querySelectorAll('[data-moment]').forEach(function (el) {
            var time = at(el, 'data-moment');
            if (time) { el.innerHTML = time.fromNow(); el.setAttribute('title', time.format('llll')); }
        });
        document.querySelectorAll('[data-moment-title]').forEach(function (el) {
            var time = at(el, 'data-moment-title');
            if (time) el.setAttribute('title', time.format('llll'));
        });
        document.querySelectorAll('[data-moment-local]').forEach(function (el) {
            var time = at(el, 'data-moment-local');
            if (time) el.innerHTML = time.format('l LTS');
        });
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', redraw);
    else redraw();
})();
