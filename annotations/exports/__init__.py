"""PURE: exports of annotations in the formats other tools read (no Django import).

Each format is a function from plain records (``records``) to text: W3C Web Annotation
pages (``w3c_pages``), doccano JSONL (``doccano``), brat standoff (``brat``) and CSV
(``table``); ``archive`` streams several files as one zip. ``annotations.export`` is the
thin Django layer that selects the rows and makes the records.
"""
