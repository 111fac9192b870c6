from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    """Hashed, compressed static files; `import` lines in JS modules point at the hashed names too."""

    support_js_module_import_aggregation = True
