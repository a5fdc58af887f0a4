// Suggestions as a reporter types a name: the server's registry, in every script.
// Without this script the form still works; a near miss gets "did you mean" instead.
"use strict";
(function () {
  function attach(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var side = input.getAttribute("data-suggest");
    var timer = null;
    var asked = 0;

    function hide() { list.hidden = true; list.textContent = ""; }

    function show(items) {
      list.textContent = "";
      items.forEach(function (item) {
        var option = document.createElement("li");
        option.setAttribute("role", "option");
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = item.label;
        button.setAttribute("data-value", item.value);
        button.addEventListener("click", function () {
          input.value = item.value;
          hide();
          input.focus();
        });
        option.appendChild(button);
        list.appendChild(option);
      });
      list.hidden = items.length === 0;
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var text = input.value.trim();
      if (!text) { hide(); return; }
      timer = setTimeout(function () {
        var ticket = ++asked;
        fetch("/suggest?side=" + encodeURIComponent(side) + "&q=" + encodeURIComponent(text))
          .then(function (response) { return response.ok ? response.json() : []; })
          .then(function (items) { if (ticket === asked) { show(items); } })
          .catch(hide);
      }, 120);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden) {
        event.preventDefault();
        var first = list.querySelector("button");
        if (first) { first.focus(); }
      } else if (event.key === "Escape") {
        hide();
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = document.activeElement;
      if (event.key === "Escape") { hide(); input.focus(); return; }
      var item = current && current.parentElement;
      var next = event.key === "ArrowDown" ? item && item.nextElementSibling
        : event.key === "ArrowUp" ? item && item.previousElementSibling : null;
      if (next) { event.preventDefault(); next.querySelector("button").focus(); }
    });
    document.addEventListener("click", function (event) {
      if (event.target !== input && !list.contains(event.target)) { hide(); }
    });
  }
  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
