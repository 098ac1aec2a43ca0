// Progressive enhancement only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // The grid's "再加一行": clone the last blank row with the next index.
  const add = document.getElementById("add-row");
  const grid = document.getElementById("grid");
  const count = document.getElementById("row-count");
  if (add && grid && count) {
    add.hidden = false;
    add.addEventListener("click", () => {
      const blanks = grid.querySelectorAll("tbody tr.blank");
      if (blanks.length === 0) return;
      const last = blanks[blanks.length - 1];
      const index = parseInt(count.value, 10);
      const copy = last.cloneNode(true);
      copy.id = "row-new-" + index;
      copy.querySelectorAll("[name]").forEach((el) => {
        el.name = el.name.replace(/^f_\d+_/, "f_" + index + "_");
        if (el.tagName === "INPUT" && el.type !== "checkbox") el.value = "";
        if (el.type === "checkbox") el.checked = false;
      });
      last.after(copy);
      count.value = String(index + 1);
    });
  }
  // Confirm the steps that hand a budget on.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (e) => {
      if (!window.confirm(form.dataset.confirm)) e.preventDefault();
    });
  });
});
