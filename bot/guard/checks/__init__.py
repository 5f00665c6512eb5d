"""The guard's named checks, one module per family of mistake: figures, names, lists, comparisons, reversals,
support.

Each check is a plain function ``(sentence, cited passages, context) -> reasons`` over the values of
bot/guard/passage.py; an empty list means the check found nothing wrong. The order they run in, and which run only
on a unit without a scope clause, is bot/guard/verify.py's ``CHECKS``.
"""
