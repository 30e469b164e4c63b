/*
 * The header's menu button on narrow screens (lwp.css hides the menu there until it is opened):
 * opens and closes the menu, tells assistive technology with aria-expanded, and Escape closes it
 * again with the focus back on the button.
 */
(function () {
    var button = document.getElementById('menuButton');
    var panel = document.getElementById('navPanel');
    if (!button || !panel) {
        return;
    }
    function show(open) {
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        panel.classList.toggle('lwp-open', open);
    }
    button.addEventListener('click', function () {
        show(button.getAttribute('aria-expanded') !== 'true');
    });
    document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
            show(false);
            button.focus();
        }
    });
}());

/*
 * French typography in PrimeFaces' own texts: a sortable column's label ("Nom : activer pour trier
 * ...") is joined with ": " by PrimeFaces; on French pages the colon takes a no-break space before it.
 */
(function () {
    if (document.documentElement.lang !== 'fr' || !window.PrimeFaces || !PrimeFaces.widget) {
        return;
    }
    [PrimeFaces.widget.DataTable, PrimeFaces.widget.TreeTable].forEach(function (widget) {
        if (widget && widget.prototype.getSortMessage) {
            widget.prototype.getSortMessage = function (label, message) {
                return (label ? label.split(':')[0].replace(/[\s\u00a0]+$/, '') : '') + '\u00a0: ' + message;
            };
        }
    });
}());
