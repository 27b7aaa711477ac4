/*
 * Throughline team interaction modes (admin page): adds and removes rows, then sends the whole
 * table as JSON to PUT /admin/interactions with the version the page showed (If-Match), so a
 * table someone else saved meanwhile is refused (409) rather than overwritten. A refusal names
 * its row and field ("[3].mode"): the message goes under that field and into the error box.
 * Messages are set with textContent only, never as HTML. Does nothing on pages without the table.
 */
(function () {
    'use strict';

    var ROW_FIELD = /^\[(\d+)\]\.?(.*)$/;

    function page() {
        return document.querySelector('[data-throughline-interactions]');
    }

    function rows(root) {
        return Array.prototype.slice.call(root.querySelectorAll('#interactions-table tbody tr'));
    }

    function valueOf(row, name) {
        var field = row.querySelector('[name="' + name + '"]');
        return field ? field.value.trim() : '';
    }

    function clearErrors(root) {
        root.querySelectorAll('[data-error-for]').forEach(function (element) {
            element.textContent = '';
        });
        root.querySelectorAll('.throughline-invalid').forEach(function (element) {
            element.classList.remove('throughline-invalid');
            element.removeAttribute('aria-invalid');
        });
        var box = root.querySelector('#interactions-errors');
        var list = box.querySelector('ul');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        box.classList.add('hidden');
    }

    function showErrors(root, errors) {
        var box = root.querySelector('#interactions-errors');
        var list = box.querySelector('ul');
        var all = rows(root);
        errors.forEach(function (error) {
            var item = document.createElement('li');
            var match = error.field ? ROW_FIELD.exec(error.field) : null;
            var row = match ? all[Number(match[1])] : null;
            item.textContent = match ? '#' + (Number(match[1]) + 1) + ': ' + error.message : error.message;
            item.setAttribute('data-field', error.field || '');
            list.appendChild(item);
            var slot = row && match[2] ? row.querySelector('[data-error-for="' + match[2] + '"]') : null;
            if (slot) {
                slot.textContent = error.message;
                var input = row.querySelector('[name="' + match[2] + '"]');
                if (input) {
                    input.classList.add('throughline-invalid');
                    input.setAttribute('aria-invalid', 'true');
                }
            }
        });
        box.classList.remove('hidden');
        if (typeof box.scrollIntoView === 'function') {
            box.scrollIntoView({ block: 'nearest' });
        }
    }

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

    function save(root) {
        var table = rows(root).map(function (row) {
            return {
                consumerTeam: valueOf(row, 'consumerTeam'),
                providerTeam: valueOf(row, 'providerTeam'),
                mode: valueOf(row, 'mode'),
                ackSlaDays: valueOf(row, 'ackSlaDays') || null
            };
        });
        var generic = root.getAttribute('data-error-generic') || '';
        var button = root.querySelector('#interactions-save');
        clearErrors(root);
        root.querySelector('#interactions-saved').classList.add('hidden');
        button.disabled = true;
        return fetch((root.getAttribute('data-rest-base') || '') + '/admin/interactions', {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check',
                'If-Match': '"' + (root.getAttribute('data-version') || '0') + '"'
            },
            body: JSON.stringify(table)
        }).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().catch(function () { return null; }).then(function (body) {
                var errors = errorsOf(body);
                showErrors(root, errors.length > 0 ? errors : [{ field: null, message: generic }]);
                button.disabled = false;
            });
        }, function () {
            showErrors(root, [{ field: null, message: generic }]);
            button.disabled = false;
        });
    }

    function addRow(root) {
        var template = root.querySelector('#interactions-new-row');
        var body = root.querySelector('#interactions-table tbody');
        body.appendChild(template.content.cloneNode(true));
        var none = root.querySelector('#interactions-none');
        if (none) {
            none.classList.add('hidden');
        }
        var added = rows(root);
        var first = added[added.length - 1].querySelector('input');
        if (first) {
            first.focus();
        }
    }

    document.addEventListener('click', function (event) {
        var root = page();
        var target = event.target;
        if (!root || !target || !target.closest || !root.contains(target)) {
            return;
        }
        if (target.closest('#interactions-add')) {
            event.preventDefault();
            addRow(root);
        } else if (target.closest('[data-throughline-remove-pair]')) {
            event.preventDefault();
            var row = target.closest('tr');
            row.parentNode.removeChild(row);
        }
    });

    document.addEventListener('submit', function (event) {
        var root = page();
        if (root && event.target && event.target.id === 'interactions-form' && root.contains(event.target)) {
            event.preventDefault();
            save(root);
        }
    });
}());
