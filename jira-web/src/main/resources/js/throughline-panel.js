/*
 * Throughline initiative panel: records and confirms evidence and answers dependencies through the app's REST
 * API, then reloads. Listeners are delegated from the document, so a panel Jira loads later by
 * AJAX (issue navigator, issue search) works without binding anything again. A refusal names its
 * field: the message goes next to that field when the panel has it, otherwise into the panel's
 * error box with the field's label in front, and the first message is scrolled into view.
 * Messages are set with textContent only, never as HTML. The REST base and the fallback error
 * text come from data attributes the template fills from the view model.
 */
(function () {
    'use strict';

    var FIELD_ERROR = 'data-throughline-field-error';

    function errorsOf(body) {
        var errors = [];
        if (body && Array.isArray(body.errors)) {
            body.errors.forEach(function (error) {
                if (error && typeof error.message === 'string') {
                    errors.push({ field: typeof error.field === 'string' ? error.field : null, message: error.message });
                }
            });
        }
        if (errors.length === 0 && body && typeof body.message === 'string') {
            errors.push({ field: null, message: body.message });
        }
        return errors;
    }

    function clearErrors(panel) {
        panel.querySelectorAll('[' + FIELD_ERROR + ']').forEach(function (element) {
            element.parentNode.removeChild(element);
        });
        var box = panel.querySelector('[data-throughline-errors]');
        var list = panel.querySelector('[data-throughline-error-list]');
        if (list) {
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
        }
        if (box) {
            box.classList.add('hidden');
        }
    }

    function labelOf(panel, field) {
        var label = field.id ? panel.querySelector('label[for="' + field.id + '"]') : null;
        if (!label) {
            label = field.closest('label');
        }
        return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    /** Shows each error beside its field in scope when there is one, the rest in the panel's box. */
    function showErrors(panel, scope, errors) {
        var box = panel.querySelector('[data-throughline-errors]');
        var list = panel.querySelector('[data-throughline-error-list]');
        var first = null;
        errors.forEach(function (error) {
            var field = error.field ? scope.querySelector('[name="' + error.field + '"]') : null;
            if (field) {
                var message = document.createElement('div');
                message.className = 'error';
                message.setAttribute(FIELD_ERROR, error.field);
                message.setAttribute('role', 'alert');
                message.textContent = error.message;
                field.insertAdjacentElement('afterend', message);
                field.setAttribute('aria-invalid', 'true');
                first = first || message;
                return;
            }
            if (!box || !list) {
                return;
            }
            var item = document.createElement('li');
            var named = error.field ? panel.querySelector('[name="' + error.field + '"]') : null;
            var label = named ? labelOf(panel, named) : '';
            item.textContent = label ? label + ': ' + error.message : error.message;
            list.appendChild(item);
            box.classList.remove('hidden');
            first = first || box;
        });
        if (first && typeof first.scrollIntoView === 'function') {
            first.scrollIntoView({ block: 'nearest' });
        }
    }

    /** {@code renamed} maps a field the API names to the field of this form that holds it (or null). */
    function post(panel, scope, path, payload, renamed) {
        var base = panel.getAttribute('data-rest-base') || '';
        var generic = panel.getAttribute('data-error-generic') || '';
        var busy = Array.prototype.slice.call(scope.querySelectorAll('button'));
        clearErrors(panel);
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
                var errors = errorsOf(body).map(function (error) {
                    var name = renamed && error.field ? renamed[error.field] : null;
                    return name ? { field: name, message: error.message } : error;
                });
                showErrors(panel, scope, errors.length > 0 ? errors : [{ field: null, message: generic }]);
                busy.forEach(function (element) { element.disabled = false; });
            });
        }, function () {
            showErrors(panel, scope, [{ field: null, message: generic }]);
            busy.forEach(function (element) { element.disabled = false; });
        });
    }

    function valueOf(scope, name) {
        var field = scope.querySelector('[name="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    /** The assumption forms: list one more, or resolve one with an entry of the ledger. */
    function onAssumptionSubmit(event) {
        var form = event.target && event.target.closest
            ? event.target.closest('[data-throughline-assumption-form], [data-throughline-assumption-resolve]') : null;
        var panel = form ? form.closest('[data-throughline-panel]') : null;
        if (!panel) {
            return false;
        }
        event.preventDefault();
        if (form.hasAttribute('data-throughline-assumption-form')) {
            var key = panel.getAttribute('data-initiative-key') || '';
            post(panel, form, '/initiatives/' + encodeURIComponent(key) + '/assumptions', { text: valueOf(form, 'text') });
        } else {
            var id = form.getAttribute('data-assumption-id') || '';
            post(panel, form, '/assumptions/' + encodeURIComponent(id) + '/resolve', {
                status: valueOf(form, 'status'),
                evidenceId: valueOf(form, 'evidenceId')
            });
        }
        return true;
    }

    /** The request form: ask another team for something, by a date. */
    function onRequestSubmit(event) {
        var form = event.target && event.target.closest ? event.target.closest('[data-throughline-dependency-form]') : null;
        var panel = form ? form.closest('[data-throughline-panel]') : null;
        if (!panel) {
            return false;
        }
        event.preventDefault();
        var key = panel.getAttribute('data-initiative-key') || '';
        post(panel, form, '/initiatives/' + encodeURIComponent(key) + '/dependencies', {
            providerTeam: valueOf(form, 'providerTeam'),
            providerIssueKey: valueOf(form, 'providerIssueKey'),
            description: valueOf(form, 'description'),
            neededBy: valueOf(form, 'neededBy')
        });
        return true;
    }

    /** A field that holds a list (people, options): its parts, or nothing when it is empty. */
    function listOf(scope, name, separator) {
        var text = valueOf(scope, name);
        if (!text) {
            return null;
        }
        return text.split(separator).map(function (part) { return part.trim(); })
            .filter(function (part) { return part.length > 0; });
    }

    function onSubmit(event) {
        if (onAssumptionSubmit(event) || onRequestSubmit(event)) {
            return;
        }
        var form = event.target && event.target.closest ? event.target.closest('[data-throughline-evidence-form]') : null;
        var panel = form ? form.closest('[data-throughline-panel]') : null;
        if (!panel) {
            return;
        }
        event.preventDefault();
        var key = panel.getAttribute('data-initiative-key') || '';
        post(panel, form, '/initiatives/' + encodeURIComponent(key) + '/evidence', {
            kind: valueOf(form, 'kind'),
            summary: valueOf(form, 'summary'),
            sourceUrl: valueOf(form, 'sourceUrl'),
            observedValue: valueOf(form, 'observedValue'),
            observedOn: valueOf(form, 'observedOn'),
            accepts: valueOf(form, 'accepts'),
            decidedBy: listOf(form, 'decidedBy', /[,\n]/),
            options: listOf(form, 'options', /\|/),
            chosen: valueOf(form, 'chosen'),
            rationale: valueOf(form, 'rationale'),
            revisitOn: valueOf(form, 'revisitOn')
        });
    }

    function payloadFor(action, row) {
        if (action === 'commit') {
            return { committedDate: valueOf(row, 'committedDate') };
        }
        if (action === 'decline') {
            return { reason: valueOf(row, 'reason') };
        }
        if (action === 'revise') {
            return { committedDate: valueOf(row, 'committedDate'), reason: valueOf(row, 'reason') };
        }
        if (action === 'withdraw') {
            return { reason: valueOf(row, 'withdrawReason') };
        }
        if (action === 'reopen') {
            return { neededBy: valueOf(row, 'neededBy') };
        }
        return {};
    }

    function onClick(event) {
        var button = event.target && event.target.closest ? event.target.closest('[data-throughline-action]') : null;
        var panel = button ? button.closest('[data-throughline-panel]') : null;
        if (!panel) {
            return;
        }
        var action = button.getAttribute('data-throughline-action');
        if (['commit', 'decline', 'deliver', 'revise', 'withdraw', 'reopen', 'confirm-evidence'].indexOf(action) < 0) {
            return;
        }
        // Irreversible actions (deliver, withdraw, confirming a proposal) carry their question; nothing is sent unless confirmed.
        var question = button.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            return;
        }
        if (action === 'confirm-evidence') {
            var entry = button.closest('.throughline-evidence-entry') || panel;
            post(panel, entry, '/evidence/' + encodeURIComponent(button.getAttribute('data-evidence-id') || '') + '/confirm', {});
            return;
        }
        var id = button.getAttribute('data-dependency-id') || '';
        var row = button.closest('.throughline-dependency') || panel;
        post(panel, row, '/dependencies/' + encodeURIComponent(id) + '/' + action, payloadFor(action, row),
            action === 'withdraw' ? { reason: 'withdrawReason' } : null);
    }

    // Bound once per page, however many panels the page has now or receives later.
    if (!window.throughlinePanelBound) {
        window.throughlinePanelBound = true;
        document.addEventListener('submit', onSubmit);
        document.addEventListener('click', onClick);
    }
}());
