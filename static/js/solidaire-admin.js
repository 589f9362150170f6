// The admin's few scripts of ours (templates/wagtail_localize/admin/edit_translation.html).

// The translation review panel, rendered before wagtail-localize's content block, goes just above its
// editor (after the page's header and the languages bar), as the first thing an editor reads there.
const reviewPanel = document.querySelector(".solidaire-review-panel");
const translationEditor = document.querySelector(".js-translation-editor");
if (reviewPanel && translationEditor) {
  translationEditor.before(reviewPanel);
}

// wagtail-localize's editor offers "Convert to alias page" to anyone who may edit the page; the
// conversion replaces the live page at once, so it is ours to refuse to those who may not publish
// (learning.admin_views.convert_to_alias). Their editor gets no such button: its props (read by
// wagtail-localize's script on DOMContentLoaded, after this deferred script) lose the link.
if (translationEditor && translationEditor.dataset.props) {
  const props = JSON.parse(translationEditor.dataset.props);
  if (props.perms && !props.perms.canPublish && props.links && props.links.convertToAliasUrl) {
    props.links.convertToAliasUrl = null;
    translationEditor.dataset.props = JSON.stringify(props);
  }
}
