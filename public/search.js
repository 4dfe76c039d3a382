// Starts Pagefind's search box on the search page (the only script of the site); without it, the page links to the archives.
(function () {
  var root = document.getElementById('search');
  if (!root || typeof PagefindUI === 'undefined') return;
  var fallback = root.querySelector('.search__fallback');
  if (fallback) fallback.remove();
  new PagefindUI({
    element: '#search',
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: true,
    sort: { date: 'desc' },
  });
})();
