/*
 * Throughline settings (admin page): sends every field as JSON to PUT /admin/settings with the
 * version the page showed (If-Match), so settings someone else saved meanwhile are refused (409)
 * rather than overwritten. "Reset to the default" puts the default back in its field; saving then
 * stores it as the default. A refusal names its setting: the message goes under that field and into
 * the error box. Messages are set with textContent only, never as HTML. Does nothing on other pages.
 */
(function () {
    'use strict';

    function page() {
        return document.querySelector('[data-throughline-settings]');
    }

    function fields(root) {
        return Array.prototype.slice.call(root.querySelectorAll('#settings-form input[name]'));
    }

    function clearErrors(root) {
        root.querySelectorAll('[data-error-for]').forEach(function (element) {
            element.textContent = '';
        });
        fields(root).forEach(function (input) {
            input.classList.remove('throughline-invalid');
            input.removeAttribute('aria-invalid');
        });
        var list = root.querySelector('#settings-errors ul');
        while (list.firstChild) {
            list.removeChild(list.firstChild);
        }
        root.querySelector('#settings-errors').classList.add('hidden');
    }

    function showErrors(root, errors) {
        var box = root.querySelector('#settings-errors');
        var list = box.querySelector('ul');
        errors.forEach(function (error) {
            var item = document.createElement('li');
            item.textContent = error.message;
            item.setAttribute('data-field', error.field || '');
            list.appendChild(item);
            var input = error.field ? root.querySelector('#settings-form input[name="' + error.field + '"]') : null;
            var slot = error.field ? root.querySelector('[data-error-for="' + error.field + '"]') : null;
            if (slot) {
                slot.textContent = error.message;
            }
            if (input) {
                input.classList.add('throughline-invalid');
                input.setAttribute('aria-invalid', 'true');
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
        var change = {};
        fields(root).forEach(function (input) {
            change[input.name] = input.value;
        });
        var generic = root.getAttribute('data-error-generic') || '';
        var button = root.querySelector('#settings-save');
        clearErrors(root);
        root.querySelector('#settings-saved').classList.add('hidden');
        button.disabled = true;
        return fetch((root.getAttribute('data-rest-base') || '') + '/admin/settings', {
            method: 'PUT',
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check',
                'If-Match': '"' + (root.getAttribute('data-version') || '0') + '"'
            },
            body: JSON.stringify(change)
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

    document.addEventListener('click', function (event) {
        var root = page();
        var target = event.target;
        if (!root || !target || !target.closest || !root.contains(target)) {
            return;
        }
        var reset = target.closest('[data-throughline-reset]');
        if (reset) {
            event.preventDefault();
            var input = root.querySelector('#settings-form input[name="' + reset.getAttribute('data-throughline-reset') + '"]');
            if (input) {
                input.value = input.getAttribute('data-default') || '';
                input.focus();
            }
        }
    });

    document.addEventListener('submit', function (event) {
        var root = page();
        if (root && event.target && event.target.id === 'settings-form' && root.contains(event.target)) {
            event.preventDefault();
            save(root);
        }
    });
}());
