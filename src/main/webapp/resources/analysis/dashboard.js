/*
 * The analysis dashboard's charts. Each <canvas data-chart="{Chart.js configuration}"> becomes a
 * chart when it comes near the window, not at load: the dashboard has some twenty charts and
 * drawing them all took most of the browser's part of a load. Content that arrives later (the
 * filters' AJAX update, a breakdown section opened) is drawn the same way; the charts of content
 * that an update replaced are let go.
 */
(function () {
    if (!window.Chart) {
        return;
    }
    var SELECTOR = 'canvas[data-chart]:not([data-drawn])';

    function draw(canvas) {
        if (canvas.hasAttribute('data-drawn') || !canvas.isConnected) {
            return;
        }
        canvas.setAttribute('data-drawn', 'true');
        new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    }

    var observer = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
            if (entry.isIntersecting) {
                observer.unobserve(entry.target);
                draw(entry.target);
            }
        });
    }, {rootMargin: '300px 0px'}) : null;

    function watch(root) {
        var canvases = root.matches && root.matches(SELECTOR) ? [root] : root.querySelectorAll(SELECTOR);
        Array.prototype.forEach.call(canvases, function (canvas) {
            if (observer) {
                observer.observe(canvas);
            } else {
                draw(canvas);
            }
        });
    }

    function letGoOfReplaced() {
        Object.keys(Chart.instances).forEach(function (key) {
            var chart = Chart.instances[key];
            if (chart && !chart.canvas.isConnected) {
                chart.destroy();
            }
        });
    }

    watch(document);
    new MutationObserver(function (mutations) {
        var removed = false;
        mutations.forEach(function (mutation) {
            removed = removed || mutation.removedNodes.length > 0;
            Array.prototype.forEach.call(mutation.addedNodes, function (node) {
                if (node.nodeType === 1) {
                    watch(node);
                }
            });
        });
        if (removed) {
            letGoOfReplaced();
        }
    }).observe(document.body, {childList: true, subtree: true});
}());
