// The admin's few scripts of ours (templates/wagtail_localize/admin/edit_translation.html).

// The translation review panel, rendered before wagtail-localize's content block, goes just above its
// editor (after the page's header and the languages bar), as the first thing an editor reads there.
const reviewPanel = document.querySelector(".solidaire-review-panel");
const translationEditor = document.querySelector(".js-translation-editor");
if (reviewPanel && translationEditor) {
  translationEditor.before(reviewPanel);
}
