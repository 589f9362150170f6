"""Making a toolkit's kit: the zip (`kit.KitBuilder`), its PDFs (`pdf`), its offline lessons (`offline`)
and its file names in the kit's language (`names`). Everything here runs in the background task."""
