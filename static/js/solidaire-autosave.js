// What the admin's header says is saved is saved (issue 21, item 3; docs/upgrading.md, entry 18).
//
// Wagtail's autosave sends the form, and when the answer comes its "unsaved changes" watcher takes the
// form as it is *then* for saved (`w-autosave:success->w-unsaved#clear`). Text typed while the autosave was
// on its way was never sent, yet counts as saved: no autosave follows, and the header says "Saved". Here,
// when an autosave succeeds, the form is compared with what that autosave sent; if they differ, another
// autosave is asked for, with the event Wagtail's own watcher sends (`w-unsaved:add`).

const autosavedForm = document.querySelector("form[data-controller~='w-autosave']");

// The fields Wagtail's watcher leaves out of its comparison, and the revision the autosave overwrites.
const NOT_CONTENT = ["csrfmiddlewaretoken", "loaded_revision_id", "loaded_revision_created_at", "next", "overwrite_revision_id"];

function content(formData) {
  const fields = new URLSearchParams();
  for (const [name, value] of formData.entries()) {
    if (!NOT_CONTENT.includes(name) && !name.startsWith("comments-")) {
      fields.append(name, value instanceof File ? `${value.name}:${value.size}` : value);
    }
  }
  return fields.toString();
}

if (autosavedForm) {
  let sent = null;
  autosavedForm.addEventListener("w-autosave:save", (event) => {
    sent = event.detail && event.detail.formData ? content(event.detail.formData) : null;
  });
  autosavedForm.addEventListener("w-autosave:success", () => {
    const typedMeanwhile = sent !== null && content(new FormData(autosavedForm)) !== sent;
    sent = null;
    if (typedMeanwhile) {
      // After Wagtail's own handlers of this success (its watcher's `clear`) have run.
      setTimeout(() => {
        autosavedForm.dispatchEvent(new CustomEvent("w-unsaved:add", { bubbles: true, cancelable: true, detail: { type: "edits" } }));
      }, 0);
    }
  });
}
