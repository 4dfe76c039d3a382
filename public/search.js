// The search page's only script: a small search box over Pagefind's index of this language (its JavaScript API,
// without Pagefind's ready-made interface, which would cost readers 33 KB more before their first result).
// Filters load only when a reader opens them. Without this script, the page links to the archives.
(function () {
  'use strict';
  var root = document.getElementById('search');
  if (!root || !root.querySelector('.search__form')) return;
  var text = root.dataset;
  var form = root.querySelector('.search__form');
  var input = root.querySelector('.search__input');
  var message = root.querySelector('.search__message');
  var filters = root.querySelector('.search__filters');
  var groups = root.querySelector('.search__filter-groups');
  var list = root.querySelector('.search__results');
  var more = root.querySelector('.search__more');
  var plural = new Intl.PluralRules(text.lang);
  var number = new Intl.NumberFormat(text.locale);
  var PAGE = 5;
  var pagefind;
  var found = [];
  var shown = 0;
  var latest = 0;
  var chosen = {};

  root.querySelector('.search__fallback').remove();
  form.hidden = false;
  filters.hidden = false;

  function load() {
    pagefind =
      pagefind ||
      import('/pagefind/pagefind.js').then(function (pf) {
        // In this page, not in a worker: one script less to download, for searches that take milliseconds.
        return pf.options({ noWorker: true }).then(function () {
          return pf;
        });
      });
    return pagefind;
  }

  function count(n) {
    return (plural.select(n) === 'one' ? text.resultsOne : text.resultsOther).replace('{n}', number.format(n));
  }

  // An excerpt is Pagefind's text of the page with the words found in <mark>: only those elements are kept.
  function excerpt(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    var p = document.createElement('p');
    p.className = 'search__excerpt';
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = document.createElement('mark');
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else p.appendChild(document.createTextNode(node.textContent));
    });
    return p;
  }

  function show(item) {
    var li = document.createElement('li');
    li.className = 'search__result';
    var title = document.createElement('a');
    title.className = 'search__result-link';
    title.href = item.url;
    title.textContent = item.meta.title || item.url;
    li.appendChild(title);
    li.appendChild(excerpt(item.excerpt));
    list.appendChild(li);
  }

  function showMore() {
    var batch = found.slice(shown, shown + PAGE);
    shown += batch.length;
    var search = latest;
    return Promise.all(
      batch.map(function (r) {
        return r.data();
      })
    ).then(function (items) {
      if (search !== latest) return;
      items.forEach(show);
      more.hidden = shown >= found.length;
    });
  }

  function run() {
    var term = input.value.trim();
    var search = ++latest;
    if (!term) {
      found = [];
      list.replaceChildren();
      message.textContent = '';
      more.hidden = true;
      return;
    }
    message.textContent = text.loading;
    load()
      .then(function (pf) {
        return pf.debouncedSearch(term, { filters: chosen }, 200);
      })
      .then(function (result) {
        if (!result || search !== latest) return;
        found = result.results;
        shown = 0;
        list.replaceChildren();
        message.textContent = found.length ? count(found.length) : text.none;
        return showMore();
      })
      .catch(function () {
        message.textContent = text.error;
      });
  }

  function drawFilters(all) {
    Object.keys(all)
      .sort()
      .forEach(function (name, g) {
        var set = document.createElement('fieldset');
        set.className = 'search__filter';
        var legend = document.createElement('legend');
        legend.className = 'search__filter-name';
        legend.textContent = name;
        set.appendChild(legend);
        Object.keys(all[name])
          .sort(function (a, b) {
            return /^\d+$/.test(a) && /^\d+$/.test(b) ? b - a : a.localeCompare(b, text.lang);
          })
          .forEach(function (value, v) {
            var label = document.createElement('label');
            var box = document.createElement('input');
            box.type = 'checkbox';
            box.id = 'filter-' + g + '-' + v;
            box.value = value;
            box.addEventListener('change', function () {
              var values = Array.prototype.map.call(set.querySelectorAll('input:checked'), function (b) {
                return b.value;
              });
              if (values.length) chosen[name] = values;
              else delete chosen[name];
              run();
            });
            label.appendChild(box);
            label.appendChild(document.createTextNode(' ' + value + ' (' + number.format(all[name][value]) + ')'));
            set.appendChild(label);
          });
        groups.appendChild(set);
      });
  }

  filters.addEventListener('toggle', function () {
    if (!filters.open || groups.childElementCount) return;
    load()
      .then(function (pf) {
        return pf.filters();
      })
      .then(drawFilters)
      .catch(function () {
        message.textContent = text.error;
      });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    run();
  });
  input.addEventListener('input', run);
  more.addEventListener('click', showMore);
  input.focus();
})();
