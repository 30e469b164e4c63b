/*
 * The questionnaire screen (WEB-INF/tags/questionnaire.xhtml) in the browser:
 * - a ranking is put in order by choosing its options one after the other (tap, click, or Enter/Space
 *   on the focused option); choosing a ranked option again takes it out and the ones after it move up;
 * - after a move to another section the focus goes to the new section's heading, so a screen reader
 *   reads it; after a refused move to the first question with a message; otherwise an input that an
 *   update replaced gets its focus back.
 */
(function () {
    'use strict';

    function format(pattern, value, second) {
        return (pattern || '').replace('{0}', value).replace('{1}', second);
    }

    function rankingOf(button) {
        return button.closest('.lwp-ranking');
    }

    function order(ranking) {
        var input = ranking.querySelector('input[type=hidden]');
        var shown = Array.prototype.map.call(ranking.querySelectorAll('.lwp-rank-option'), function (b) {
            return b.getAttribute('data-code');
        });
        return input.value.split(',').map(function (c) { return c.trim(); })
            .filter(function (c, i, all) { return c && shown.indexOf(c) >= 0 && all.indexOf(c) === i; });
    }

    function show(ranking, codes) {
        ranking.querySelector('input[type=hidden]').value = codes.join(',');
        var place = ranking.getAttribute('data-place');
        ranking.querySelectorAll('.lwp-rank-option').forEach(function (button) {
            var rank = codes.indexOf(button.getAttribute('data-code')) + 1;
            button.setAttribute('aria-pressed', rank > 0 ? 'true' : 'false');
            button.querySelector('.lwp-rank-badge').textContent = rank > 0 ? String(rank) : '';
            button.querySelector('.lwp-rank-spoken').textContent = rank > 0 ? format(place, rank) : '';
        });
    }

    function say(ranking, text) {
        var status = ranking.querySelector('.lwp-rank-status');
        status.textContent = '';
        window.setTimeout(function () { status.textContent = text; }, 50);
    }

    function choose(button) {
        var ranking = rankingOf(button);
        var codes = order(ranking);
        var code = button.getAttribute('data-code');
        var label = button.querySelector('.lwp-rank-label').textContent;
        var at = codes.indexOf(code);
        if (at >= 0) {
            codes.splice(at, 1);
            show(ranking, codes);
            say(ranking, format(ranking.getAttribute('data-removed'), label));
        } else if (codes.length >= Number(ranking.getAttribute('data-limit'))) {
            say(ranking, format(ranking.getAttribute('data-full'), codes.length));
        } else {
            codes.push(code);
            show(ranking, codes);
            say(ranking, format(ranking.getAttribute('data-chosen'), label, codes.length));
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('.lwp-rank-option');
        if (button) {
            event.preventDefault();
            choose(button);
        }
    });

    // ---- focus across updates -------------------------------------------------------------------

    var before = null;

    function heading() {
        return document.getElementById('sectionTitle');
    }

    function firstInvalid() {
        var fieldset = document.querySelector('fieldset.lwp-invalid');
        if (!fieldset) {
            return null;
        }
        return fieldset.querySelector('input:not([type=hidden]), textarea, select, button') || fieldset;
    }

    if (window.jQuery) {
        jQuery(document).on('pfAjaxSend', function () {
            var active = document.activeElement;
            var title = heading();
            before = {
                id: active && active.id ? active.id : null,
                move: !!(active && active.closest && active.closest('.lwp-questionnaire-nav, .lwp-sections')),
                section: title ? title.getAttribute('data-section') : null
            };
        });
        jQuery(document).on('pfAjaxComplete', function () {
            if (!before) {
                return;
            }
            var was = before;
            before = null;
            var title = heading();
            var target = null;
            if (title && was.section !== title.getAttribute('data-section')) {
                target = title;
            } else if (was.move && firstInvalid()) {
                target = firstInvalid();
            } else if (!title && document.getElementById('thanks')) {
                target = document.getElementById('thanks');
                target.setAttribute('tabindex', '-1');
            } else if ((!document.activeElement || document.activeElement === document.body) && was.id) {
                target = document.getElementById(was.id);
            }
            if (target && target !== document.activeElement) {
                if (target.tagName === 'FIELDSET') {
                    target.setAttribute('tabindex', '-1');
                }
                target.focus();
            }
        });
    }
}());
