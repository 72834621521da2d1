// The reply form: show only the letter fields the chosen decision category uses
// (fields carry data-categories; without JavaScript every field stays visible).
(function () {
  var form = document.getElementById("step-form");
  var select = form && form.querySelector("select[name=category]");
  if (!select) { return; }
  function update() {
    form.querySelectorAll("[data-categories]").forEach(function (field) {
      var wanted = field.getAttribute("data-categories").split(" ");
      field.hidden = wanted.indexOf(select.value) === -1;
    });
  }
  select.addEventListener("change", update);
  update();
})();
