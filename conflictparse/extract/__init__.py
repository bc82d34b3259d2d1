"""The extractors, one module each, in the order the pipeline runs them.

Each module has one public function (``extract_*``) that works on a plain string, and a
``find_*`` function the pipeline calls with the shared :class:`~conflictparse.text.Text` and the
results of the extractors before it. No module imports from an extractor that runs after it.
"""
