// Quick exit: replace this page with a neutral site. location.replace() keeps this page out of
// the back button's reach; it does not erase browser history (the privacy page says so).
(function () {
  "use strict";
  function leave(event) {
    var link = document.getElementById("quick-exit");
    if (!link) return;
    if (event) event.preventDefault();
    document.body.innerHTML = "";
    document.title = "";
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("[data-quick-exit]")) leave(event);
  });
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) leave(event);
    lastEscape = now;
  });
})();
