// Message coach: after each live update (htmx), fill in the gentle start-up steps from the
// person's own words, but only steps they have not written in themselves: a step that is
// still empty, or still holds the previous suggestion. The steps sit outside the swapped
// region, so nothing the person is typing there is ever replaced. Without JavaScript the
// server applies the same rule on each full page.
(function () {
  "use strict";
  var FIELDS = ["feeling", "situation", "need"];

  function applySuggestions() {
    var source = document.getElementById("coach-suggestions");
    if (!source) {
      return;
    }
    var prefilled = false;
    FIELDS.forEach(function (name) {
      var input = document.getElementById("id_" + name);
      var last = document.querySelector('input[name="suggested_' + name + '"]');
      if (!input || !last) {
        return;
      }
      var next = source.getAttribute("data-" + name) || "";
      var current = input.value.trim();
      if (current === "" || current === last.value.trim()) {
        input.value = next;
        last.value = next;
      }
      if (next !== "" && input.value === next) {
        prefilled = true;
      }
    });
    var note = document.getElementById("coach-prefilled");
    if (note) {
      note.hidden = !prefilled;
    }
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target && event.target.id === "coach-feedback") {
      applySuggestions();
    }
  });
})();
