"""Accuracy of the fact extractor on held-out, human-annotated data (``make quality``).

- :mod:`quality.ner`: people / organisations / places on ``ner_dev`` (People's
  Daily dev split, both scripts), precision / recall / F1, exact and overlapping.
- :mod:`quality.figures`: figure labels, periods and dates on the hand-annotated
  set in ``tests/facts_dev`` (government work reports and Taiwan press releases).

Speed is not measured here: see ``benchmarks/`` (``make bench``). The tests in
``tests/quality`` hold each score a few points under what was measured.
"""
