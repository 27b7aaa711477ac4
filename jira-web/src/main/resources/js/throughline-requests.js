/*
 * Throughline "Requests to my team": sends the providing team's answer to a request (commit with a
 * date, decline with a reason, move a committed date, mark delivered) as JSON to the app's REST API,
 * with the header Jira's XSRF check accepts from a same-origin script, then reloads, so the answered
 * request shows where it now belongs. A refusal names its field: the message goes beside that field
 * of the answer it came from, otherwise into the page's error box. Messages are set with textContent
 * only, never as HTML. Marking delivered asks first. Does nothing on pages without the queue.
 */
(function () {
    'use strict';

    var FIELD_ERROR = 'data-throughline-field-error';
    var ACTIONS = ['commit', 'decline', 'revise', 'deliver'];

    function errorsOf(body) {
        var errors = [];
        if (body && Array.isArray(body.errors)) {
            body.errors.forEach(function (error) {
                if (error && typeof error.message === 'string') {
                    errors.push({ field: typeof error.field === 'string' ? error.field : null, message: error.message });
                }
            });
        }
        return errors;
    }

    function clearErrors(root) {
        root.querySelectorAll('[' + FIELD_ERROR + ']').forEach(function (element) {
            element.parentNode.removeChild(element);
        });
        root.querySelectorAll('[aria-invalid]').forEach(function (element) {
            element.removeAttribute('aria-invalid');
        });
        var box = root.querySelector('#requests-errors');
        if (box) {
            var list = box.querySelector('ul');
            while (list.firstChild) {
                list.removeChild(list.firstChild);
            }
            box.classList.add('hidden');
        }
    }

    function showErrors(root, scope, errors) {
        var box = root.querySelector('#requests-errors');
        var first = null;
        errors.forEach(function (error) {
            var field = error.field ? scope.querySelector('[name="' + error.field + '"]') : null;
            if (field) {
                var message = document.createElement('div');
                message.className = 'error';
                message.setAttribute(FIELD_ERROR, error.field);
                message.setAttribute('role', 'alert');
                message.textContent = error.message;
                field.closest('label').insertAdjacentElement('afterend', message);
                field.setAttribute('aria-invalid', 'true');
                first = first || message;
                return;
            }
            if (box) {
                var item = document.createElement('li');
                item.textContent = error.message;
                box.querySelector('ul').appendChild(item);
                box.classList.remove('hidden');
                first = first || box;
            }
        });
        if (first && typeof first.scrollIntoView === 'function') {
            first.scrollIntoView({ block: 'nearest' });
        }
    }

    function valueOf(scope, name) {
        var field = scope.querySelector('[name="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    function payloadFor(action, scope) {
        if (action === 'commit') {
            return { committedDate: valueOf(scope, 'committedDate') };
        }
        if (action === 'decline') {
            return { reason: valueOf(scope, 'reason') };
        }
        if (action === 'revise') {
            return { committedDate: valueOf(scope, 'committedDate'), reason: valueOf(scope, 'reason') };
        }
        return {};
    }

    function send(root, button) {
        var action = button.getAttribute('data-throughline-request-action');
        var scope = button.closest('[data-answer]') || button.parentNode;
        var row = button.closest('tr') || scope;
        var generic = root.getAttribute('data-error-generic') || '';
        var busy = Array.prototype.slice.call(row.querySelectorAll('button'));
        clearErrors(root);
        busy.forEach(function (element) { element.disabled = true; });
        var path = '/dependencies/' + encodeURIComponent(button.getAttribute('data-dependency-id') || '') + '/' + action;
        return fetch((root.getAttribute('data-rest-base') || '') + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'
            },
            body: JSON.stringify(payloadFor(action, scope))
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().catch(function () { return null; }).then(function (body) {
                var errors = errorsOf(body);
                showErrors(root, scope, errors.length > 0 ? errors : [{ field: null, message: generic }]);
                busy.forEach(function (element) { element.disabled = false; });
            });
        }, function () {
            showErrors(root, scope, [{ field: null, message: generic }]);
            busy.forEach(function (element) { element.disabled = false; });
        });
    }

    document.addEventListener('click', function (event) {
        var root = document.querySelector('[data-throughline-requests]');
        var button = event.target && event.target.closest
            ? event.target.closest('[data-throughline-request-action]') : null;
        if (!root || !button || !root.contains(button)
                || ACTIONS.indexOf(button.getAttribute('data-throughline-request-action')) < 0) {
            return;
        }
        event.preventDefault();
        var question = button.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            return;
        }
        send(root, button);
    });
}());
