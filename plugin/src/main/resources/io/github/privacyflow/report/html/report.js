/* privacyflow report: filters the findings by severity, rule and text; plain DOM, no network. */
(function () {
  'use strict';

  var table = document.getElementById('findings-table');
  var rows = table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr.finding')) : [];
  var severityBoxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name="severity"]'));
  var ruleBoxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[name="rule"]'));
  var search = document.getElementById('filter-text');
  var shown = document.getElementById('findings-shown');
  var empty = document.getElementById('findings-empty');
  var togglePaths = document.getElementById('toggle-paths');
  var reset = document.getElementById('reset-filters');

  var texts = rows.map(function (row) {
    return row.textContent.replace(/\s+/g, ' ').toLowerCase();
  });

  function selected(boxes) {
    var values = {};
    boxes.forEach(function (box) {
      if (box.checked) {
        values[box.value] = true;
      }
    });
    return values;
  }

  function setCount(selector, value) {
    var element = document.querySelector(selector);
    if (element) {
      element.textContent = String(value);
    }
  }

  function apply() {
    var severities = selected(severityBoxes);
    var rules = selected(ruleBoxes);
    var query = search ? search.value.trim().toLowerCase() : '';
    var severityCounts = {};
    var ruleCounts = {};
    var visible = 0;
    rows.forEach(function (row, index) {
      var severity = row.getAttribute('data-severity');
      var rule = row.getAttribute('data-rule');
      var matchesText = query === '' || texts[index].indexOf(query) >= 0;
      if (matchesText && rules[rule]) {
        severityCounts[severity] = (severityCounts[severity] || 0) + 1;
      }
      if (matchesText && severities[severity]) {
        ruleCounts[rule] = (ruleCounts[rule] || 0) + 1;
      }
      var show = matchesText && severities[severity] === true && rules[rule] === true;
      row.hidden = !show;
      if (show) {
        visible++;
      }
    });
    severityBoxes.forEach(function (box) {
      setCount('[data-count-severity="' + box.value + '"]', severityCounts[box.value] || 0);
      box.parentNode.classList.toggle('off', !box.checked);
    });
    ruleBoxes.forEach(function (box) {
      setCount('[data-count-rule="' + box.value + '"]', ruleCounts[box.value] || 0);
      box.parentNode.classList.toggle('off', !box.checked);
    });
    if (shown) {
      shown.textContent = visible === rows.length
        ? 'Showing all ' + rows.length + (rows.length === 1 ? ' finding' : ' findings')
        : 'Showing ' + visible + ' of ' + rows.length + (rows.length === 1 ? ' finding' : ' findings');
    }
    if (empty) {
      empty.hidden = visible !== 0 || rows.length === 0;
    }
  }

  severityBoxes.concat(ruleBoxes).forEach(function (box) {
    box.addEventListener('change', apply);
  });
  if (search) {
    search.addEventListener('input', apply);
  }
  if (reset) {
    reset.addEventListener('click', function () {
      severityBoxes.concat(ruleBoxes).forEach(function (box) {
        box.checked = true;
      });
      if (search) {
        search.value = '';
      }
      apply();
    });
  }
  if (togglePaths) {
    togglePaths.addEventListener('click', function () {
      var paths = Array.prototype.slice.call(document.querySelectorAll('details.path'));
      var open = paths.some(function (details) {
        return !details.open;
      });
      paths.forEach(function (details) {
        details.open = open;
      });
      togglePaths.textContent = open ? 'Collapse all paths' : 'Expand all paths';
    });
  }

  /* "Findings per rule" links show only that rule's findings. */
  Array.prototype.slice.call(document.querySelectorAll('a[data-only-rule]')).forEach(function (link) {
    link.addEventListener('click', function () {
      var rule = link.getAttribute('data-only-rule');
      ruleBoxes.forEach(function (box) {
        box.checked = box.value === rule;
      });
      severityBoxes.forEach(function (box) {
        box.checked = true;
      });
      if (search) {
        search.value = '';
      }
      apply();
    });
  });

  apply();
  document.body.setAttribute('data-ready', 'true');
  if (window.console && console.info) {
    console.info('privacyflow report ready: ' + rows.length + ' findings');
  }
}());

/* A link to a rule (#rule-PF003) opens its page. */
(function () {
  'use strict';
  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(id) : null;
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
    }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
}());
