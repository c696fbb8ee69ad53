"""Facts of one sentence share its text (issue 14 battery: 3 GB for one 600,000-character sentence)."""

from desktop.core.ingest.builder import load_pasted
from desktop.core.facts.extract import extract_facts


def test_facts_of_one_long_sentence_share_one_copy_of_it():
    article = load_pasted("标题\n" + "增长1元，" * 3000 + "完。")
    facts = extract_facts(article, names=False)
    assert len(facts) >= 3000
    assert len({id(f.sentence) for f in facts}) == 1
    assert facts[0].sentence == article.text[article.sentences[0].start : article.sentences[0].end]
