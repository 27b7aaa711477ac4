/*
 * Throughline initiative panel: records evidence and answers dependencies through the app's REST
 * API, then reloads. Errors are shown with textContent only, never as HTML. The REST base and the
 * fallback error text come from data attributes the template fills from the view model.
 */
(function () {
    'use strict';

    function errorsOf(body) {
        var lines = [];
        if (body && Array.isArray(body.errors)) {
            body.errors.forEach(function (error) {
                if (error && typeof error.message === 'string') {
                    lines.push(error.message);
                }
            });
        }
        if (lines.length === 0 && body && typeof body.message === 'string') {
            lines.push(body.message);
        }
        return lines;
    }

    function showErrors(panel, lines) {
        var box = panel.querySelector('[data-throughline-errors]');
        var list = panel.querySelector('[data-throughline-error-list]');
        if (!box || !list) {
            return;
        }
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        lines.forEach(function (line) {
            var item = document.createElement('li');
            item.textContent = line;
            list.appendChild(item);
        });
        box.classList.remove('hidden');
    }

    function post(panel, path, payload, busy) {
        var base = panel.getAttribute('data-rest-base') || '';
        var generic = panel.getAttribute('data-error-generic') || '';
        busy.forEach(function (element) { element.disabled = true; });
        return fetch(base + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(payload)
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().catch(function () { return null; }).then(function (body) {
                var lines = errorsOf(body);
                showErrors(panel, lines.length > 0 ? lines : [generic]);
                busy.forEach(function (element) { element.disabled = false; });
            });
        }, function () {
            showErrors(panel, [generic]);
            busy.forEach(function (element) { element.disabled = false; });
        });
    }

    function valueOf(scope, name) {
        var field = scope.querySelector('[name="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    function bindEvidenceForm(panel) {
        var form = panel.querySelector('[data-throughline-evidence-form]');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var key = panel.getAttribute('data-initiative-key') || '';
            post(panel, '/initiatives/' + encodeURIComponent(key) + '/evidence', {
                kind: valueOf(form, 'kind'),
                summary: valueOf(form, 'summary'),
                sourceUrl: valueOf(form, 'sourceUrl'),
                observedValue: valueOf(form, 'observedValue'),
                observedOn: valueOf(form, 'observedOn')
            }, Array.prototype.slice.call(form.querySelectorAll('button')));
        });
    }

    function payloadFor(action, row) {
        if (action === 'commit') {
            return { committedDate: valueOf(row, 'committedDate') };
        }
        if (action === 'decline') {
            return { reason: valueOf(row, 'reason') };
        }
        return {};
    }

    function bindDependencyActions(panel) {
        panel.querySelectorAll('[data-throughline-action]').forEach(function (button) {
            button.addEventListener('click', function () {
                var action = button.getAttribute('data-throughline-action');
                if (action !== 'commit' && action !== 'decline' && action !== 'deliver') {
                    return;
                }
                var id = button.getAttribute('data-dependency-id') || '';
                var row = button.closest('.throughline-dependency') || panel;
                post(panel, '/dependencies/' + encodeURIComponent(id) + '/' + action, payloadFor(action, row),
                    Array.prototype.slice.call(row.querySelectorAll('button')));
            });
        });
    }

    function init() {
        document.querySelectorAll('[data-throughline-panel]').forEach(function (panel) {
            if (panel.getAttribute('data-throughline-bound') === 'true') {
                return;
            }
            panel.setAttribute('data-throughline-bound', 'true');
            bindEvidenceForm(panel);
            bindDependencyActions(panel);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
